// Public API of the scheduling domain: FSRS-6 (ts-fsrs) behind a pure, clock-free interface.
export * from "./answer-duration";
export * from "./card-state";
export * from "./config";
export * from "./day-boundary";
export * from "./learn-more";
export * from "./optimizer-input";
export * from "./optimizer-policy";
export { weightsFor } from "./fsrs-instance";
export * from "./prng";
export * from "./queue";
export * from "./rating";
export * from "./schedule";
export * from "./workload";
