// Public API of the classes domain: pure rules about classes, join codes and the demo class, no
// clock inside.
export * from "./join-code-state";
export * from "./demo-questions";
