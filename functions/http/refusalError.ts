import type { RuleRefusal } from "../../shared/adhesion/rules/AdhesionRule";
import { ApiError } from "./apiError";

const STATUS = { input: 400, content: 422, state: 409 } as const;
const CODE = { input: "requete_invalide", content: "contenu_refuse", state: "conflit" } as const;

/**
 * The answer to a command the rules refuse: 400 for invalid input, 422 for content that cannot be
 * accepted, 409 for a conflict with the record (the first refusal's kind decides, invalid input
 * first); every refusal's message, and each by field.
 */
export function refusalError(refusals: readonly RuleRefusal[]): ApiError {
  const first = refusals.find((refusal) => refusal.kind === "input") ?? refusals.find((refusal) => refusal.kind === "content") ?? refusals[0];
  if (!first) throw new Error("refusalError without refusals");
  const message = refusals.map((refusal) => refusal.message).join(" ");
  const problems = refusals.flatMap((refusal) => refusal.fields.map((path) => ({ path, message: refusal.message })));
  return new ApiError(STATUS[first.kind], first.code ?? CODE[first.kind], message, problems);
}
