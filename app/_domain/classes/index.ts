// Public API of the classes domain: pure rules about classes and join codes, no clock inside.
export * from "./join-code-state";
