// Public API of the quiz domain: pure rules of taking a quiz, no database, no clock.
export * from "./countdown";
