import type { Problem } from "../../shared/validation/problem";

const FIELD_LABELS: Readonly<Record<string, string>> = {
  acAlreadyIncluded: "déjà compris dans l'AC",
  invoicedItems: "postes refacturés",
  withCcas: "CCAS",
};

/**
 * A problem of the shared checks (or of the API) on the finance configuration, its path
 * (`members["21231"].invoicedItems[0]`) told as the sheet row and commune (« ligne 8 (Dijon) »).
 */
export function locateSettlementProblem(problem: Problem, rows: Readonly<Record<string, { readonly row: number; readonly name: string }>>): Problem {
  const match = /^members(?:\["([^"]+)"\]|\.([A-Za-z0-9_]+))(?:\.([A-Za-z]+))?/.exec(problem.path);
  const insee = match?.[1] ?? match?.[2];
  const where = insee === undefined ? undefined : rows[insee];
  if (!match || !where) return problem;
  const field = match[3] ? FIELD_LABELS[match[3]] : undefined;
  return { path: `ligne ${where.row} (${where.name})`, message: field ? `${field} : ${problem.message}` : problem.message };
}
