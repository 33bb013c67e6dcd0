import { IDEMPOTENCY_KEY } from "../http/withIdempotency";

/**
 * The `Idempotency-Key` header's JSON schema, read from the very expression the server checks keys
 * with (withIdempotency.ts): its pattern verbatim, and its `{min,max}` quantifier as minLength and
 * maxLength. Throws if that expression no longer has the form `^[characters]{min,max}$`.
 */
export function idempotencyKeySchema(rule: RegExp = IDEMPOTENCY_KEY): { type: "string"; minLength: number; maxLength: number; pattern: string } {
  const lengths = /^\^\[[^\]]+\]\{(\d+),(\d+)\}\$$/.exec(rule.source);
  if (!lengths || rule.flags !== "") throw new Error(`Idempotency-Key rule ${String(rule)} is not of the form /^[characters]{min,max}$/: update idempotencyKeySchema.`);
  return { type: "string", minLength: Number(lengths[1]), maxLength: Number(lengths[2]), pattern: rule.source };
}
