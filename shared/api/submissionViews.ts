import { z } from "zod";
import { submissionSchema } from "../inventory/submissionSchema";
import { daySchema, inseeSchema, instantSchema, sha256Schema } from "./common";
import { findingSchema } from "./findingSchema";

/** A staff decision on a version: a validation (effective from a date) or a return with its reason. */
export const decisionViewSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("validate"),
    decidedAt: instantSchema,
    decidedBy: z.string(),
    effectiveFrom: daySchema.describe("Date d'effet de l'adhésion"),
    comment: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal("return"),
    decidedAt: instantSchema,
    decidedBy: z.string(),
    reason: z.enum(["incomplete", "incorrect", "outdated"]).describe("Motif du retour"),
    comment: z.string(),
  }),
]);

/** A submitted version, in lists and answers. */
export const submissionSummarySchema = z.strictObject({
  insee: inseeSchema,
  communeName: z.string(),
  version: z.number().int().min(1),
  status: z.enum(["deposee", "a_corriger", "validee"]),
  statusLabel: z.string(),
  sets: z.array(z.enum(["A", "B", "C"])),
  domains: z.array(z.number().int().min(1).max(16)),
  etatDesLieux: daySchema.nullable(),
  templateVersion: z.string(),
  source: z.enum(["json", "xlsx"]),
  submittedAt: instantSchema,
  submittedBy: z.string(),
  warningCount: z.number().int().min(0),
  sha256: sha256Schema.describe("Empreinte du document déposé"),
  decision: decisionViewSchema.optional(),
  etag: z.string().optional().describe("Version à renvoyer en If-Match pour décider"),
});

/** The answer to a deposit (201): the version, and the warnings found (cells of what was sent). */
export const depositAnswerSchema = submissionSummarySchema.extend({ findings: z.array(findingSchema) });

/** One entry of a commune's history. */
export const historyEntrySchema = z.strictObject({
  id: z.string(),
  at: instantSchema,
  by: z.string(),
  type: z.enum(["depot", "validation", "retour", "retrait", "mise_en_demeure", "regularisation", "exclusion", "reintegration"]),
  label: z.string(),
  version: z.number().int().optional(),
  date: daySchema.optional().describe("Date d'effet"),
  sets: z.array(z.string()).optional().describe("Ensembles concernés (absent : tous)"),
  reason: z.string().optional(),
  comment: z.string().optional(),
  temporary: z.boolean().optional().describe("Exclusion temporaire (jusqu'à une réintégration)"),
  publishedYears: z.array(z.number().int()).optional().describe("Années publiées modifiées : régularisation à reporter"),
});

/** A version with its document, findings and the commune's history (GET …/submissions/{version}). */
export const submissionDetailSchema = submissionSummarySchema.extend({
  submission: submissionSchema,
  findings: z.array(findingSchema),
  history: z.array(historyEntrySchema),
});

/** The review list (GET /api/submissions). */
export const submissionListSchema = z.strictObject({ items: z.array(submissionSummarySchema), count: z.number().int().min(0) });

/** A commune's draft (GET …/draft). */
export const draftSchema = z.strictObject({ insee: inseeSchema, savedAt: instantSchema, savedBy: z.string(), submission: submissionSchema });

/** A draft saved (PUT …/draft). */
export const draftSavedSchema = z.strictObject({ insee: inseeSchema, savedAt: instantSchema, sha256: sha256Schema, message: z.string() });

/** A new campaign's starting point (GET …/prefill). */
export const prefillSchema = z.strictObject({ insee: inseeSchema, fromVersion: z.number().int().min(1), submission: submissionSchema });
