import type { Problem } from "../../validation/problem";
import type { Participation } from "../participation/Participation";
import type { Scenario } from "../scenario/Scenario";

/**
 * A rule across the records of a well-shaped scenario, named as the claim it checks; it returns
 * one problem per violation (empty when the claim holds).
 */
export type ScenarioRule = (scenario: Scenario, participation: Participation) => Problem[];
