import type { Member } from "../scenario/Scenario";

/** A commune taking part in a cost item: its index in `scenario.members`, itself, and its months or days. */
export interface Participant {
  readonly index: number;
  readonly member: Member;
  readonly periods: number;
}

/** For each cost item (same order as `scenario.costItems`), its participating communes by INSEE code ascending. */
export type Participation = readonly (readonly Participant[])[];
