export * from "./RunExport";
export * from "./buildRunExport";
export * from "./buildQuotePartCsv";
export * from "./toCsvCell";
export * from "./toSheetTitles";
export * from "./distributionKeyLabels";
