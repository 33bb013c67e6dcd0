export * from "./serviceSets";
export * from "./functionalDomains";
export * from "./setRef";
