// Public API of the progress domain: statistics from review logs and card rows, clock injected.
export * from "./cards-stats";
export * from "./heatmap-months";
export * from "./review-stats";
export * from "./retention-line";
