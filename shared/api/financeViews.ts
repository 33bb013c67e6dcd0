import { z } from "zod";
import { quotePartReportSchema, reportShareSchema } from "../quoteParts/report/quotePartReportSchema";
import { DISTRIBUTION_KEYS } from "../quoteParts/scenario/distributionKeys";
import { runWarningSchema } from "../finance/runWarnings";
import { auditEntrySchema } from "./auditViews";
import { daySchema, inseeSchema, instantSchema, moneySchema, setRefSchema, sha256Schema } from "./common";

const weightsSchema = z.record(z.string(), z.number()).describe("Poids par clé (postes, agents, sites, users:<domaine>)");

/** A cost item as stored and shown (canonical: amount with two decimals). */
export const costItemSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  set: setRefSchema,
  amount: moneySchema,
  key: z.enum(DISTRIBUTION_KEYS),
  weights: z.record(z.string(), z.number()).optional().describe("Clé custom : poids par code INSEE ou SIREN de la Métropole"),
});

/** GET/PUT /api/years/{year}/cost-items: a year's cost items, who saved them when. */
export const costItemsViewSchema = z.strictObject({
  year: z.number().int(),
  metropole: z.strictObject({ id: z.string(), name: z.string(), weights: weightsSchema }),
  rounding: z.enum(["cent", "euro"]),
  prorata: z.enum(["monthly", "daily"]),
  items: z.array(costItemSchema),
  savedAt: instantSchema,
  savedBy: z.string(),
  sha256: sha256Schema,
  etag: z.string().optional(),
});

export { quotePartReportSchema, reportShareSchema };

/** GET/PUT /api/years/{year}/finance-config: how each member settles that year. */
export const financeConfigViewSchema = z.strictObject({
  year: z.number().int(),
  members: z.array(
    z.strictObject({
      insee: inseeSchema,
      name: z.string(),
      label: z.string().describe("Nom affiché (« CHENÔVE + CCAS » quand son CCAS est compté avec elle)"),
      acAlreadyIncluded: moneySchema.describe("Part de sa participation déjà comprise dans son attribution de compensation"),
      invoicedItems: z.array(z.string()).describe("Postes de coût refacturés directement (hors attribution de compensation)"),
      withCcas: z.boolean(),
    }),
  ),
  savedAt: instantSchema,
  savedBy: z.string(),
  sha256: sha256Schema,
  etag: z.string().optional(),
});

/** A run in lists. */
export const runSummarySchema = z.strictObject({
  year: z.number().int(),
  runId: z.string(),
  status: z.enum(["calcule", "publie", "remplace"]),
  statusLabel: z.string(),
  cutoff: daySchema,
  fullYear: z.boolean().describe("Calcul en année pleine : chaque adhésion en vigueur à l'arrêté comptée 12 mois (tableau de la délibération ; ne se publie pas)"),
  createdAt: instantSchema,
  createdBy: z.string(),
  publishedAt: instantSchema.optional(),
  publishedBy: z.string().optional(),
  costItemsSha256: sha256Schema,
  warnings: z.array(runWarningSchema).describe("Avertissements à prendre en compte avant de publier"),
  corrects: z.string().optional().describe("Calcul correctif : le calcul publié qu'il annule et remplace"),
  correctionReason: z.string().optional(),
  replacedBy: z.string().optional().describe("Calcul remplacé : le calcul correctif qui l'a remplacé"),
  replacedAt: instantSchema.optional(),
  snapshot: z.strictObject({ sha256: sha256Schema, size: z.number().int() }),
  result: z.strictObject({ sha256: sha256Schema, size: z.number().int() }),
  etag: z.string().optional(),
});

/** A commune erased after a run was computed, whose data the (unpublished) run still carries. */
export const erasedMemberSchema = z.strictObject({ insee: inseeSchema, name: z.string(), at: instantSchema });

const figures = z.strictObject({ amount: moneySchema, acAdjustment: moneySchema });

/** How a corrective run changes a member's figures against the run it replaces. */
export const memberDifferenceSchema = z.strictObject({ id: inseeSchema, name: z.string(), before: figures, after: figures, difference: figures.describe("Après − avant") });

/** A run with its report (POST …/runs 201, GET …/runs/{runId}). */
export const runDetailSchema = runSummarySchema.extend({
  erasedMembers: z.array(erasedMemberSchema).optional(),
  differences: z.array(memberDifferenceSchema).optional().describe("Calcul correctif (ou remplacé) : écart par commune avec le calcul remplacé (ou son remplaçant)"),
  report: quotePartReportSchema,
});

/** An open correction of a published year. */
export const correctionSchema = z.strictObject({ reason: z.string(), openedAt: instantSchema, openedBy: z.string(), replaces: z.string().describe("Le calcul publié à remplacer") });

/** POST /api/years/{year}/corrections (201). */
export const correctionOpenedSchema = correctionSchema.extend({ year: z.number().int() });

/** DELETE /api/years/{year}/corrections. */
export const correctionCancelledSchema = z.strictObject({ year: z.number().int(), message: z.string() });

/** A recorded event that changed a published year: for finance to carry into the next run. */
export const regularisationSchema = z.strictObject({
  insee: inseeSchema,
  communeName: z.string(),
  eventId: z.string(),
  type: z.string(),
  label: z.string(),
  date: daySchema,
  sets: z.array(z.string()).optional(),
  recordedAt: instantSchema,
  recordedBy: z.string(),
  years: z.array(z.number().int()),
});

/** GET /api/years/{year}/runs. */
export const runListSchema = z.strictObject({
  year: z.number().int(),
  publishedRunId: z.string().nullable(),
  openCorrection: correctionSchema.nullable(),
  runs: z.array(runSummarySchema),
  pendingRegularisations: z.array(regularisationSchema),
});

/** A commune's line of a cost item, with its derivation. */
export const communeLineSchema = z.strictObject({
  item: z.string(),
  label: z.string(),
  set: setRefSchema,
  key: z.enum(DISTRIBUTION_KEYS),
  weight: z.number(),
  totalWeight: z.number(),
  months: z.number().int().optional(),
  days: z.number().int().optional(),
  daysInYear: z.number().int().optional(),
  exact: z.string(),
  amount: moneySchema,
});

const communeQuoteParts = {
  year: z.number().int(),
  insee: inseeSchema,
  lines: z.array(communeLineSchema),
  total: z.strictObject({ amount: moneySchema, invoiced: moneySchema, acAlreadyIncluded: moneySchema, acAdjustment: moneySchema }),
};

/** An estimated line: the commune's line with the item's amount and its derivation in one French sentence. */
export const estimateLineSchema = communeLineSchema.extend({
  itemAmount: moneySchema.describe("Montant total du poste de coût"),
  explanation: z.string().describe("Le calcul de la ligne en français : poids de la commune sur le poids total (Métropole comprise), montant du poste × ce rapport × mois (ou jours) d'adhésion, part exacte et montant arrondi"),
});

/** A cost item the commune would take part in whose share cannot be estimated (counted as 0), and why. */
export const notEstimableItemSchema = z.strictObject({
  item: z.string(),
  label: z.string(),
  set: setRefSchema,
  key: z.enum(DISTRIBUTION_KEYS),
  reason: z
    .enum(["customWeightNotSet", "figureMissing", "othersFiguresMissing", "zeroTotalWeight"])
    .describe("customWeightNotSet : poids fixés par la Métropole sans celui de la commune ; figureMissing : chiffre de la commune manquant (voir missingFigures) ; othersFiguresMissing : chiffre de la Métropole ou d'autres communes manquant ; zeroTotalWeight : tous les poids sont nuls"),
  message: z.string().describe("Pourquoi, en français"),
});

/** A figure of the commune its description organique lacks, and where to fill it. */
export const missingFigureSchema = z.strictObject({
  figure: z.string().describe("postes, agents, sites ou users:<domaine>"),
  label: z.string().describe("« Nombre d'utilisateurs du domaine 3 — Finances »"),
  items: z.array(z.string()).describe("Postes de coût non estimés faute de ce chiffre"),
  cells: z
    .array(z.strictObject({ row: z.string().describe("Libellé de la ligne"), section: z.string().describe("Rubrique"), cell: z.string().optional().describe("Cellule Quantité dans la feuille (« E47 »)") }))
    .describe("Où le remplir dans la description organique"),
  message: z.string(),
});

/** The estimate against the commune's latest published quote-part. */
export const estimateComparisonSchema = z.strictObject({
  publishedYear: z.number().int().nullable().describe("Dernière année publiée ; null si aucune"),
  runId: z.string().nullable(),
  current: moneySchema.nullable().describe("Quote-part publiée cette année-là (null si aucune)"),
  estimated: moneySchema,
  difference: moneySchema.nullable().describe("Estimation − quote-part publiée"),
  message: z.string(),
});

/** GET /api/communes/{insee}/quote-parts: the commune's lines in each published run, and an estimate when asked. */
export const communeQuotePartsAnswerSchema = z.strictObject({
  insee: inseeSchema,
  name: z.string(),
  published: z.array(z.strictObject({ runId: z.string(), cutoff: daySchema, publishedAt: instantSchema.optional(), ...communeQuoteParts })),
  estimate: z
    .strictObject({
      ...communeQuoteParts,
      lines: z.array(estimateLineSchema),
      sets: z.array(setRefSchema).describe("Ensembles demandés"),
      mode: z.enum(["ajouter", "remplacer"]).describe("ajouter : aux ensembles détenus (par défaut) ; remplacer : les ensembles détenus, comme la validation d'un dépôt"),
      from: daySchema,
      held: z.array(setRefSchema).describe("Ensembles détenus à la date d'effet"),
      selection: z.array(setRefSchema).describe("Ensembles comptés à partir de la date d'effet"),
      ended: z.array(setRefSchema).describe("Ensembles détenus qui prendraient fin à la date d'effet (remplacer)"),
      costItemsYear: z.number().int().describe("Année des postes de coût utilisés (l'année précédente quand l'année estimée n'en a pas)"),
      figuresFrom: z.string().describe("D'où viennent les chiffres de la commune (brouillon, dernier dépôt)"),
      costItemsSavedAt: instantSchema,
      assumptions: z.array(z.string()).describe("Ce que l'estimation suppose, une phrase chacune"),
      notEstimable: z.array(notEstimableItemSchema).describe("Postes non estimés (comptés 0), et pourquoi"),
      missingFigures: z.array(missingFigureSchema).describe("Chiffres à compléter dans la description organique"),
      comparison: estimateComparisonSchema,
    })
    .optional(),
});

/** GET /api/years/{year}/history: the audit entries about a year's finance. */
export const financeHistorySchema = z.strictObject({ year: z.number().int(), entries: z.array(auditEntrySchema), count: z.number().int().min(0) });

/** GET /api/years/{year}/cost-items/versions: every version saved. */
export const costItemsVersionsSchema = z.strictObject({
  year: z.number().int(),
  versions: z.array(
    z.strictObject({
      savedAt: instantSchema,
      savedBy: z.string(),
      sha256: sha256Schema,
      rounding: z.enum(["cent", "euro"]),
      prorata: z.enum(["monthly", "daily"]),
      metropole: z.strictObject({ weights: z.record(z.string(), z.number()) }),
      items: z.array(costItemSchema),
    }),
  ),
  count: z.number().int().min(0),
});
