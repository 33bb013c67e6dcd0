export * from "./problem";
export * from "./formatPath";
export * from "./parseWith";
export * from "../calendar/isoDateSchema";
export * from "./fieldError";
export * from "./quoteValue";
export * from "./parseJsonText";
