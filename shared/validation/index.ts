export * from "./problem";
export * from "./formatPath";
export * from "./parseWith";
