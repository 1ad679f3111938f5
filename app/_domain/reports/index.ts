// Public API of the reports domain: pure statistics over answers, no database, no clock.
export * from "./csv";
export * from "./item-statistics";
export * from "./score-distribution";
export * from "./wrong-answers";
