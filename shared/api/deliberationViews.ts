import { z } from "zod";
import { daySchema, inseeSchema, moneySchema } from "./common";

/** A run the council's table is drawn from. */
const deliberationRunSchema = z.strictObject({
  runId: z.string(),
  cutoff: daySchema,
  status: z.enum(["calcule", "publie", "remplace"]),
  statusLabel: z.string(),
  fullYear: z.boolean(),
});

/** A member's figures in one column of the council's table. */
const deliberationFiguresSchema = z.strictObject({
  participation: moneySchema.describe("Participation (tous postes, refacturés compris)"),
  acAdjustment: moneySchema.describe("Ajustement de l'attribution de compensation"),
});

/** The totals of one column of the council's table. */
const deliberationTotalsSchema = z.strictObject({
  communes: moneySchema.describe("Total des participations des communes"),
  invoiced: moneySchema.describe("Dont refacturé directement"),
  acAdjustment: moneySchema.describe("Total des ajustements d'attribution de compensation"),
  metropole: moneySchema.describe("Part de la Métropole"),
  costItems: moneySchema.describe("Coût total des services communs (communes + Métropole)"),
});

/**
 * GET /api/years/{year}/deliberation: the council's table (« tableau de la délibération ») drawn
 * from a year's run and its run « en année pleine »: per member, its participation and AC
 * adjustment for « Année N » and « Années N+1 et suivantes », alphabetically as the CLECT tables;
 * the Métropole's line and the totals.
 */
export const deliberationTableSchema = z.strictObject({
  year: z.number().int(),
  epci: z.strictObject({ id: z.string(), name: z.string() }),
  columns: z.strictObject({ year: z.string().describe("« Année 2025 »"), followingYears: z.string().describe("« Années 2026 et suivantes »") }),
  runs: z.strictObject({ year: deliberationRunSchema.describe("Calcul de l'année"), followingYears: deliberationRunSchema.describe("Calcul en année pleine") }),
  members: z.array(
    z.strictObject({
      id: inseeSchema,
      name: z.string().describe("Nom affiché (« Dijon + CCAS » quand son CCAS est compté avec elle)"),
      year: deliberationFiguresSchema,
      followingYears: deliberationFiguresSchema,
    }),
  ),
  metropole: z.strictObject({ id: z.string(), name: z.string(), year: moneySchema, followingYears: moneySchema }),
  totals: z.strictObject({ year: deliberationTotalsSchema, followingYears: deliberationTotalsSchema }),
  notes: z.array(z.string()).describe("Précisions : parts refacturées directement, parts déjà comprises dans l'attribution de compensation"),
});
