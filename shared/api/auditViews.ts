import { z } from "zod";
import { instantSchema } from "./common";

/** One entry of the append-only audit trail. */
export const auditEntrySchema = z.strictObject({
  chain: z.string(),
  seq: z.number().int().min(1),
  at: instantSchema,
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  detailsText: z.string().optional().describe("Détails illisibles tels que stockés (altération)"),
  prevHash: z.string(),
  hash: z.string(),
});

/** GET /api/audit: the chains, or one chain's entries. */
export const auditTrailSchema = z.union([
  z.strictObject({ chains: z.array(z.string()) }),
  z.strictObject({ chain: z.string(), entries: z.array(auditEntrySchema), count: z.number().int().min(0) }),
]);

/** GET /api/audit/verification. */
export const auditVerificationSchema = z.strictObject({
  ok: z.boolean(),
  chains: z.array(
    z.union([
      z.strictObject({ chain: z.string(), ok: z.literal(true), length: z.number().int().min(0) }),
      z.strictObject({ chain: z.string(), ok: z.literal(false), seq: z.number().int(), reason: z.string() }),
    ]),
  ),
});
