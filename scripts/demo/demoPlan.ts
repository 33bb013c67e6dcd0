import type { DomainNumber } from "../../shared/catalogue/functionalDomains";
import type { SetId } from "../../shared/catalogue/serviceSets";

/** Where a demo commune stands. */
export interface DemoPlan {
  readonly sets: readonly SetId[];
  readonly domains: readonly DomainNumber[];
  readonly status: "validee" | "deposee" | "a_corriger" | "brouillon";
  /** Month (1–12) of the demo year from whose 1st a validated adhesion is effective: validations dated inside the year the demo's run covers. */
  readonly effectiveMonth?: number;
}

const ALL_C: readonly DomainNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16];

/**
 * ILLUSTRATIVE statuses of Dijon Métropole's communes for the demo, loosely inspired by the 2020
 * mutualisation report (who joined which set); communes not listed have submitted nothing. Dates
 * are in the demo's year (the current one): its run then counts each commune from its month.
 */
export const DEMO_PLANS: Readonly<Record<string, DemoPlan>> = {
  "21231": { sets: ["A", "B", "C"], domains: ALL_C, status: "validee", effectiveMonth: 1 },
  "21166": { sets: ["A", "B", "C"], domains: [1, 2, 3, 5, 6, 13], status: "validee", effectiveMonth: 1 },
  "21515": { sets: ["A", "B", "C"], domains: [1, 3, 5, 6], status: "validee", effectiveMonth: 5 },
  "21355": { sets: ["A", "B", "C"], domains: [2, 3, 5], status: "validee", effectiveMonth: 7 },
  "21278": { sets: ["A", "B"], domains: [], status: "validee", effectiveMonth: 1 },
  "21540": { sets: ["A", "B", "C"], domains: [3, 5, 6, 10], status: "validee", effectiveMonth: 1 },
  "21390": { sets: ["A", "B"], domains: [], status: "validee", effectiveMonth: 1 },
  "21473": { sets: ["A", "B", "C"], domains: [3, 5], status: "validee", effectiveMonth: 1 },
  "21192": { sets: ["A", "B"], domains: [], status: "validee", effectiveMonth: 1 },
  "21270": { sets: ["A", "B"], domains: [], status: "validee", effectiveMonth: 1 },
  "21370": { sets: ["A", "B", "C"], domains: [3, 5, 6], status: "validee", effectiveMonth: 1 },
  "21617": { sets: ["A"], domains: [], status: "deposee" },
  "21452": { sets: ["A", "B", "C"], domains: [3, 4], status: "deposee" },
  "21171": { sets: ["A", "B"], domains: [], status: "a_corriger" },
  "21485": { sets: ["A", "B"], domains: [], status: "brouillon" },
  "21481": { sets: ["A"], domains: [], status: "brouillon" },
};
