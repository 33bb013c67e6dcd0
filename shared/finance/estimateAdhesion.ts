import { adhesionPeriods, type AdhesionChange } from "../adhesion/adhesionPeriods";
import type { Submission } from "../inventory/submissionSchema";
import { computeQuoteParts } from "../quoteParts";
import type { Result } from "../validation/problem";
import { buildScenario, type ScenarioSources } from "./buildScenario";
import type { CommuneQuoteParts } from "./CommuneQuoteParts";
import { selectCommuneQuoteParts } from "./selectCommuneQuoteParts";

/** A commune weighing a prospective adhesion: who it is, its figures, its history, and what it considers. */
export interface ProspectiveAdhesion {
  readonly insee: string;
  readonly name: string;
  /** Its draft or latest submission: its figures are read from it. */
  readonly submission: Submission;
  /** Its recorded adhesion changes so far (none for a newcomer). */
  readonly changes: readonly AdhesionChange[];
  /** The set references it considers (`B`, `C:3`…), as a new selection… */
  readonly refs: readonly string[];
  /** …effective from this day (`YYYY-MM-DD`). */
  readonly from: string;
}

/**
 * Estimates a commune's quote-parts should it adhere to `refs` from `from` (the selection replaces
 * its current one from that day, as a validation would), the other members as they are. Returns its
 * own lines and total only, or the engine's problems.
 */
export function estimateAdhesion(sources: ScenarioSources, commune: ProspectiveAdhesion): Result<CommuneQuoteParts> {
  const periods = adhesionPeriods([...commune.changes, { date: commune.from, kind: "selection", refs: commune.refs }]);
  const others = sources.members.filter((member) => member.insee !== commune.insee);
  const members = [...others, { insee: commune.insee, name: commune.name, periods, submission: commune.submission }];
  const result = computeQuoteParts(buildScenario({ ...sources, members }));
  return result.ok ? { ok: true, value: selectCommuneQuoteParts(result.value, commune.insee) } : result;
}
