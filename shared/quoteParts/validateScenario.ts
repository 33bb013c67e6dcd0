import { parseWith } from "../validation/parseWith";
import type { Result } from "../validation/problem";
import { findParticipation } from "./participation/findParticipation";
import type { Participation } from "./participation/Participation";
import { scenarioRules } from "./rules/scenarioRules";
import type { Scenario } from "./scenario/Scenario";
import { scenarioSchema } from "./scenario/scenarioSchema";

/** A scenario that passed every check, with the participants of each cost item. */
export interface ValidScenario {
  readonly scenario: Scenario;
  readonly participation: Participation;
}

/**
 * Checks a scenario (parsed JSON of unknown shape): the schema field by field, then the rules across
 * records (`scenarioRules`). Every problem is reported, in French, with its field path.
 */
export function validateScenario(input: unknown): Result<ValidScenario> {
  const parsed = parseWith(scenarioSchema, input);
  if (!parsed.ok) return parsed;
  const scenario = parsed.value;
  const participation = findParticipation(scenario);
  const problems = scenarioRules.flatMap((rule) => rule(scenario, participation));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { scenario, participation } };
}
