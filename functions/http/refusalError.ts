import type { RuleRefusal } from "../../shared/adhesion/rules/AdhesionRule";
import { ApiError, badRequest, conflict } from "./apiError";

/** The answer to a command the adhesion rules refuse: 400 for invalid input, 409 for a conflict with the record; every refusal by field. */
export function refusalError(refusals: readonly RuleRefusal[]): ApiError {
  const message = refusals.map((refusal) => refusal.message).join(" ");
  const problems = refusals.flatMap((refusal) => refusal.fields.map((path) => ({ path, message: refusal.message })));
  if (refusals.some((refusal) => refusal.kind === "input")) return badRequest(message, problems);
  const error = conflict(message);
  return new ApiError(error.status, error.code, message, problems);
}
