import { formatSetRef, parseSetRef } from "../../shared/catalogue/setRef";
import { isIsoDate } from "../../shared/calendar/isoDateSchema";
import { ESTIMATE_MODES, type EstimateMode } from "../../shared/finance/AdhesionEstimate";
import { describeProblem, type Problem } from "../../shared/validation/problem";
import { badRequest } from "../http/apiError";

/** What a commune considers: set references from a day, added to its sets or replacing them, priced with a year's cost items. */
export interface EstimateQuery {
  readonly refs: readonly string[];
  readonly from: string;
  readonly year: number;
  readonly mode: EstimateMode;
}

const isMode = (text: string): text is EstimateMode => (ESTIMATE_MODES as readonly string[]).includes(text);

/**
 * The estimate asked for in the query (`?sets=B,C:3&from=2026-01-01&year=2026&mode=remplacer`, year
 * defaulting to that of `from`, mode to `ajouter`), or undefined when none is asked; 400 naming each
 * faulty parameter.
 */
export function readEstimateQuery(query: URLSearchParams): EstimateQuery | undefined {
  const [sets, from, yearText, modeText] = [query.get("sets"), query.get("from"), query.get("year"), query.get("mode")];
  if (sets === null && from === null && yearText === null && modeText === null) return undefined;
  const problems: Problem[] = [];
  const refs = (sets ?? "").split(",").map((text) => text.trim()).filter((text) => text !== "");
  const parsed = refs.map(parseSetRef);
  if (refs.length === 0) problems.push({ path: "sets", message: "ensembles envisagés attendus, séparés par des virgules (ex. B,C:3)" });
  refs.forEach((text, index) => {
    const ref = parsed[index];
    if (!ref) problems.push({ path: "sets", message: `ensemble inconnu « ${text} » : A, B ou C:<domaine de 1 à 16>` });
    else if (ref.set === "C" && ref.domain === undefined) problems.push({ path: "sets", message: "l'ensemble C se choisit par domaine : C:<domaine de 1 à 16>" });
  });
  if (from === null || !isIsoDate(from)) problems.push({ path: "from", message: "date d'effet attendue au format AAAA-MM-JJ (ex. 2026-01-01)" });
  const year = yearText === null ? Number((from ?? "").slice(0, 4)) : Number(yearText);
  if (yearText !== null && (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100)) problems.push({ path: "year", message: "année de 2000 à 2100 attendue" });
  else if (from !== null && isIsoDate(from) && Number(from.slice(0, 4)) > year) problems.push({ path: "from", message: `date d'effet après l'année estimée (${year}) : elle n'y compterait pas` });
  const mode = modeText ?? "ajouter";
  if (!isMode(mode)) problems.push({ path: "mode", message: "« ajouter » (aux ensembles détenus, par défaut) ou « remplacer » (les ensembles détenus) attendu" });
  if (problems.length > 0) throw badRequest(`Estimation d'une adhésion : ${problems.map(describeProblem).join(" ; ")}. Sans sets, from, year ni mode, seules les quotes-parts publiées sont données.`, problems);
  return { refs: [...new Set(parsed.flatMap((ref) => (ref ? [formatSetRef(ref)] : [])))], from: from ?? "", year, mode: isMode(mode) ? mode : "ajouter" };
}
