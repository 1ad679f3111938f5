// Public API of the navigation domain: pure rules about where a page may send the browser.
export * from "./local-path";
