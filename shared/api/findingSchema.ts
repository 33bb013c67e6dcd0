import { z } from "zod";

const column = z.enum(["description", "quantity"]);
/** A functional domain's number, 1 to 16. */
const domainNumber = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

/** A cell of the description organique, named by what it holds. */
export const cellRefSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("identity"), field: z.enum(["insee", "name", "etatDesLieux"]) }),
  z.strictObject({ kind: z.literal("set"), set: z.enum(["A", "B", "C"]) }),
  z.strictObject({ kind: z.literal("domain"), domain: domainNumber }),
  z.strictObject({ kind: z.literal("referent"), index: z.number().int().min(0), field: z.enum(["nom", "prenom", "fonction", "telephone", "email"]) }),
  z.strictObject({ kind: z.literal("row"), rowId: z.string(), column }),
  z.strictObject({ kind: z.literal("blockRow"), block: z.enum(["fibre", "interconnexion", "isole"]), index: z.number().int().min(0), rowId: z.string(), column }),
  z.strictObject({ kind: z.literal("notApplicable"), sectionId: z.string() }),
]);

/** One result of a check: rule, severity, where (section, row, cell) and a French message. */
export const findingSchema = z.strictObject({
  ruleId: z.string().describe("Règle (completeness.requiredRow…)"),
  severity: z.enum(["error", "warning"]),
  sectionId: z.string().optional(),
  rowId: z.string().optional(),
  ref: cellRefSchema.optional(),
  cell: z.string().optional().describe("Cellule A1 dans la feuille (D12)"),
  message: z.string(),
});

/** What the checks found (POST /api/validate). */
export const checkReportSchema = z.strictObject({
  findings: z.array(findingSchema),
  errorCount: z.number().int().min(0),
  warningCount: z.number().int().min(0),
  ok: z.boolean().describe("Aucune erreur : le dépôt serait accepté"),
});
