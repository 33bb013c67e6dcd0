import type { AdhesionChange } from "../adhesion/adhesionPeriods";
import type { Submission } from "../inventory/submissionSchema";
import { computeQuoteParts } from "../quoteParts";
import type { Result } from "../validation/problem";
import type { AdhesionEstimate, EstimateMode } from "./AdhesionEstimate";
import { buildScenario, type ScenarioSources } from "./buildScenario";
import { compareWithPublished, type PublishedQuotePart } from "./estimate/compareWithPublished";
import { describeLeftOutItem } from "./estimate/describeLeftOutItem";
import { describeMissingFigures } from "./estimate/describeMissingFigures";
import { estimateAssumptions } from "./estimate/estimateAssumptions";
import { explainLine } from "./estimate/explainLine";
import { prospectivePeriods } from "./estimate/prospectivePeriods";
import { splitFigures } from "./estimate/splitFigures";
import { triageCostItems } from "./estimate/triageCostItems";
import { selectCommuneQuoteParts } from "./selectCommuneQuoteParts";
import { weightsFromInventory } from "./weightsFromInventory";

/** What an estimate is priced with: the year's scenario sources, which year's cost items they are, and what the commune pays now. */
export interface EstimateSources extends ScenarioSources {
  /** The year of `costItems` when it is not the estimated year (the year before, when the estimated one has none). */
  readonly costItemsYear?: number;
  /** The commune's quote-part in the latest published run, if any. */
  readonly published?: PublishedQuotePart;
}

/** A commune weighing a prospective adhesion: who it is, its figures, its history, and what it considers. */
export interface ProspectiveAdhesion {
  readonly insee: string;
  readonly name: string;
  /** Its draft or latest submission: its figures are read from it. */
  readonly submission: Submission;
  /** Where the submission comes from: `brouillon` or `version <n>`. */
  readonly figuresFrom: string;
  /** Its recorded adhesion changes so far (none for a newcomer). */
  readonly changes: readonly AdhesionChange[];
  /** The set references it considers (`B`, `C:3`…)… */
  readonly refs: readonly string[];
  /** …effective from this day (`YYYY-MM-DD`)… */
  readonly from: string;
  /** …added to the sets it holds (default), or replacing them as a validation would. */
  readonly mode: EstimateMode;
}

/**
 * Estimates a commune's quote-parts should it take `refs` from `from`, the other members as they
 * are, and says what it assumes. The engine is fed an adapted scenario so that it never refuses the
 * estimate for what nobody can give yet: items the commune cannot be estimated in (weight not set,
 * figure missing, others' figures missing) are left out and reported, with where to fill its
 * missing figures. Returns its own lines (with their derivation) and total, the comparison with its
 * latest published quote-part — or the engine's problems, for inputs no adaptation can mend.
 */
export function estimateAdhesion(sources: EstimateSources, commune: ProspectiveAdhesion): Result<AdhesionEstimate> {
  const sets = prospectivePeriods(commune.changes, commune.refs, commune.from, commune.mode);
  const { valid, invalid } = splitFigures(weightsFromInventory(commune.submission));
  const others = sources.members.filter((member) => member.insee !== commune.insee);
  const scenario = buildScenario({ ...sources, members: [...others, { insee: commune.insee, name: commune.name, periods: sets.periods }] });
  const file = { ...scenario, members: scenario.members.map((member) => (member.id === commune.insee ? { ...member, weights: valid } : member)) };
  const triage = triageCostItems(file, commune.insee);
  if (!triage.ok) return triage;
  const computed = computeQuoteParts({ ...file, costItems: triage.value.kept });
  if (!computed.ok) return computed;
  const parts = selectCommuneQuoteParts(computed.value, commune.insee);
  const amounts = new Map(triage.value.kept.map((item) => [item.id, item.amount] as const));
  const lines = parts.lines.map((line) => ({ ...line, itemAmount: amounts.get(line.item) ?? "0.00", explanation: explainLine(line, amounts.get(line.item) ?? "0.00") }));
  const { leftOut } = triage.value;
  const missingFigures = describeMissingFigures(leftOut, commune.submission, invalid);
  const costItemsYear = sources.costItemsYear ?? sources.year;
  return {
    ok: true,
    value: {
      ...parts,
      lines,
      sets: commune.refs,
      mode: commune.mode,
      from: commune.from,
      held: sets.held,
      selection: sets.selection,
      ended: sets.ended,
      costItemsYear,
      assumptions: estimateAssumptions({
        communeName: commune.name,
        refs: commune.refs,
        from: commune.from,
        mode: commune.mode,
        figuresFrom: commune.figuresFrom,
        sets,
        year: sources.year,
        costItemsYear,
        prorata: file.prorata,
        rounding: file.rounding,
        leftOut: leftOut.length,
        missingFigures: missingFigures.length,
      }),
      notEstimable: leftOut.map((entry) => describeLeftOutItem(entry, commune.name)),
      missingFigures,
      comparison: compareWithPublished(sources.published, parts.total.amount, sources.year, commune.name, leftOut.length),
    },
  };
}
