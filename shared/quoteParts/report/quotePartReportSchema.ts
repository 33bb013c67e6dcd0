import { z } from "zod";

/** Money as text with two decimals (`"1234.50"`, `"-120.00"`): exact, never a floating-point number. */
const money = z.string().regex(/^-?\d+\.\d{2}$/).describe("Montant en euros, texte à 2 décimales");

const shareBase = {
  id: z.string().describe("Code INSEE"),
  name: z.string().describe("Nom de la commune (« + CCAS » quand son CCAS est compté avec elle)"),
  weight: z.number(),
  totalWeight: z.number(),
  exact: z.string().describe("Part exacte avant arrondi, 10 décimales"),
  amount: money,
};

/** A commune's line of a cost item: `months` with the monthly prorata, `days`/`daysInYear` with the daily one. */
export const reportShareSchema = z.union([
  z.strictObject({ ...shareBase, months: z.number().int().min(0).max(12) }),
  z.strictObject({ ...shareBase, days: z.number().int().min(0), daysInYear: z.number().int() }),
]);

/**
 * The quote-part report of PRODUCT.md §5, shared by the CLI, simulations, runs and exports: each
 * item's lines (the Métropole carries the rest), each member's total and settlement — the part on
 * items it pays by invoice, the part its attribution de compensation already carries, the AC
 * adjustment — and the totals of the year. Money is text with two decimals.
 */
export const quotePartReportSchema = z.strictObject({
  year: z.number().int(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      amount: money.describe("Montant du poste"),
      metropole: money.describe("Part de la Métropole"),
      shares: z.array(reportShareSchema),
    }),
  ),
  totals: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      amount: money.describe("Participation de la commune (tous postes)"),
      invoiced: money.describe("Dont refacturé directement"),
      acAlreadyIncluded: money.describe("Déjà compris dans l'attribution de compensation"),
      acAdjustment: money.describe("Ajustement de l'attribution de compensation = −(participation − refacturé) + déjà compris"),
    }),
  ),
  summary: z
    .strictObject({
      costItems: money.describe("Total des postes de coût"),
      communes: money.describe("Total des participations des communes"),
      invoiced: money.describe("Dont refacturé directement"),
      acAdjustment: money.describe("Total des ajustements d'attribution de compensation"),
      metropole: money.describe("Part de la Métropole"),
    })
    .describe("Totaux de l'année"),
});

/** The JSON report of PRODUCT.md §5. */
export type QuotePartReport = z.infer<typeof quotePartReportSchema>;

/** A commune's line in the report. */
export type QuotePartReportShare = z.infer<typeof reportShareSchema>;
