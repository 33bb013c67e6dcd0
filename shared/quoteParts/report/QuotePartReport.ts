export type { QuotePartReport, QuotePartReportShare } from "./quotePartReportSchema";
