import { badRequest } from "../http/apiError";

const FORMATS = ["json", "csv", "xlsx"] as const;

/** An export format. */
export type ExportFormat = (typeof FORMATS)[number];

/** The `?format=` of an export: json (default), csv or xlsx (400 otherwise). */
export function readExportFormat(query: URLSearchParams): ExportFormat {
  const format = query.get("format") ?? "json";
  const known = FORMATS.find((candidate) => candidate === format);
  if (!known) throw badRequest(`Format d'export inconnu « ${format} » (paramètre format : json, csv ou xlsx).`, [{ path: "format", message: "valeurs possibles : json, csv, xlsx" }]);
  return known;
}
