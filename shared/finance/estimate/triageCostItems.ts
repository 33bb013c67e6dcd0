import { findParticipation } from "../../quoteParts/participation/findParticipation";
import { scenarioSchema } from "../../quoteParts/scenario/scenarioSchema";
import { weightNameOf } from "../../quoteParts/weights/weightNameOf";
import { weightReaderOf } from "../../quoteParts/weights/weightReaderOf";
import { parseWith } from "../../validation/parseWith";
import type { Result } from "../../validation/problem";
import type { NotEstimableReason } from "../AdhesionEstimate";
import type { CostItemEntry } from "../CostItemsDocument";
import type { ScenarioFile } from "../ScenarioFile";

/** An item the commune would take part in that the estimate leaves out, and why. */
export interface LeftOutItem {
  readonly item: CostItemEntry;
  readonly reason: NotEstimableReason;
  /** figureMissing: the commune's figure the item's key reads (`postes`, `users:3`). */
  readonly figure?: string;
  /** othersFiguresMissing: whose figure is missing. */
  readonly missing?: "metropole" | "communes";
}

/** The cost items of an estimate sorted out: those the engine can share, and those left out. */
export interface CostItemTriage {
  /** Items fed to the engine (a custom item's weights for ids outside the scenario dropped: they weigh nothing anyway). */
  readonly kept: readonly CostItemEntry[];
  /** Items the commune takes part in but cannot be estimated, in the order of the cost items. */
  readonly leftOut: readonly LeftOutItem[];
}

/**
 * Sorts a scenario's cost items for one commune's estimate, so that the engine never refuses it for
 * a weight nobody can give yet: an item the commune takes part in is left out when its weight is
 * not set (custom key) or its figure is missing, when another participant's is, or when every
 * weight is 0; an item it does not take part in and that could not be shared is dropped silently
 * (it does not concern the commune). Everything else is kept as it is.
 */
export function triageCostItems(file: ScenarioFile, insee: string): Result<CostItemTriage> {
  const parsed = parseWith(scenarioSchema, file);
  if (!parsed.ok) return parsed;
  const scenario = parsed.value;
  const participation = findParticipation(scenario);
  const known = new Set([scenario.metropole.id, ...scenario.members.map((member) => member.id)]);
  const kept: CostItemEntry[] = [];
  const leftOut: LeftOutItem[] = [];
  scenario.costItems.forEach((item, index) => {
    const entry = file.costItems[index];
    if (!entry) return;
    const weightOf = weightReaderOf(item);
    const participants = participation[index] ?? [];
    const commune = participants.find((participant) => participant.member.id === insee);
    const others = participants.filter((participant) => participant !== commune).map((participant) => weightOf(participant.member));
    const metropole = weightOf(scenario.metropole);
    const missing = metropole === undefined ? "metropole" : others.includes(undefined) ? "communes" : undefined;
    const own = commune ? weightOf(commune.member) : undefined;
    const allZero = [metropole, own, ...others].every((weight) => weight === undefined || weight === 0);
    if (commune && own === undefined) {
      const figure = weightNameOf(item);
      leftOut.push(figure === undefined ? { item: entry, reason: "customWeightNotSet" } : { item: entry, reason: "figureMissing", figure });
    } else if (commune && missing) leftOut.push({ item: entry, reason: "othersFiguresMissing", missing });
    else if (commune && allZero) leftOut.push({ item: entry, reason: "zeroTotalWeight" });
    else if (!missing && !allZero) {
      const weights = entry.weights && Object.fromEntries(Object.entries(entry.weights).filter(([id]) => known.has(id)));
      kept.push(weights ? { ...entry, weights } : entry);
    }
  });
  return { ok: true, value: { kept, leftOut } };
}
