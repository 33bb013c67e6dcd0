export * from "./submissionStatus";
export * from "./decision";
export * from "./lifecycleEvent";
export * from "./adhesionPeriods";
export * from "./refsWithoutEffect";
