export * from "./problem";
export * from "./formatPath";
export * from "./parseWith";
export * from "./isoDate";
export * from "./codes";
