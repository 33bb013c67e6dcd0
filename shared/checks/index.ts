export * from "./finding";
export * from "./checkContext";
export * from "./rule";
export * from "./rules";
export * from "./runChecks";
export * from "./groupFindingsBySection";
export { blockSectionId, HEADER_SECTIONS, type HeaderSectionId } from "./model/checkSections";
export { sectionLabel } from "./model/sectionLabel";
export { compareFindings } from "./model/modelPosition";
