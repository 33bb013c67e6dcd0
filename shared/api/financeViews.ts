import { z } from "zod";
import { quotePartReportSchema, reportShareSchema } from "../quoteParts/report/quotePartReportSchema";
import { DISTRIBUTION_KEYS } from "../quoteParts/scenario/distributionKeys";
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

/** A run in lists. */
export const runSummarySchema = z.strictObject({
  year: z.number().int(),
  runId: z.string(),
  status: z.enum(["calcule", "publie"]),
  statusLabel: z.string(),
  cutoff: daySchema,
  createdAt: instantSchema,
  createdBy: z.string(),
  publishedAt: instantSchema.optional(),
  publishedBy: z.string().optional(),
  costItemsSha256: sha256Schema,
  snapshot: z.strictObject({ sha256: sha256Schema, size: z.number().int() }),
  result: z.strictObject({ sha256: sha256Schema, size: z.number().int() }),
  etag: z.string().optional(),
});

/** A commune erased after a run was computed, whose data the (unpublished) run still carries. */
export const erasedMemberSchema = z.strictObject({ insee: inseeSchema, name: z.string(), at: instantSchema });

/** A run with its report (POST …/runs 201, GET …/runs/{runId}). */
export const runDetailSchema = runSummarySchema.extend({ erasedMembers: z.array(erasedMemberSchema).optional(), report: quotePartReportSchema });

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

/** GET /api/communes/{insee}/quote-parts: the commune's lines in each published run, and an estimate when asked. */
export const communeQuotePartsAnswerSchema = z.strictObject({
  insee: inseeSchema,
  name: z.string(),
  published: z.array(z.strictObject({ runId: z.string(), cutoff: daySchema, publishedAt: instantSchema.optional(), ...communeQuoteParts })),
  estimate: z
    .strictObject({
      ...communeQuoteParts,
      sets: z.array(setRefSchema),
      from: daySchema,
      figuresFrom: z.string().describe("D'où viennent les chiffres de la commune (brouillon, dernier dépôt)"),
      costItemsSavedAt: instantSchema,
    })
    .optional(),
});
