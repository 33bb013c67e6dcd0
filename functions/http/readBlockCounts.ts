import { DEFAULT_BLOCK_COUNTS } from "../../shared/layout/defaultBlockCounts";
import type { BlockCounts } from "../../shared/layout/sheetLayout";
import type { Problem } from "../../shared/validation/problem";
import { badRequest } from "./apiError";

const KINDS = ["fibre", "interconnexion", "isole"] as const;

/** Block counts from the query (`?fibre=2&interconnexion=0&isole=3`), whole numbers 0 to 50; the annex's defaults otherwise. */
export function readBlockCounts(query: URLSearchParams): BlockCounts {
  const counts: Record<(typeof KINDS)[number], number> = { ...DEFAULT_BLOCK_COUNTS };
  const problems: Problem[] = [];
  for (const kind of KINDS) {
    const text = query.get(kind);
    if (text === null) continue;
    if (!/^\d{1,2}$/.test(text) || Number(text) > 50) problems.push({ path: kind, message: "nombre entier de 0 à 50 attendu" });
    else counts[kind] = Number(text);
  }
  if (problems.length > 0) throw badRequest("Nombre de configurations de sites invalide.", problems);
  return counts;
}
