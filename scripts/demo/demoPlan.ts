import type { DomainNumber } from "../../shared/catalogue/functionalDomains";
import type { SetId } from "../../shared/catalogue/serviceSets";

/** Where a demo commune stands. */
export interface DemoPlan {
  readonly sets: readonly SetId[];
  readonly domains: readonly DomainNumber[];
  readonly status: "validee" | "deposee" | "a_corriger" | "brouillon";
  /** Date from which a validated adhesion is effective. */
  readonly effectiveFrom?: string;
}

const ALL_C: readonly DomainNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16];

/**
 * ILLUSTRATIVE statuses of Dijon Métropole's communes for the demo, loosely inspired by the 2020
 * mutualisation report (who joined which set); communes not listed have submitted nothing.
 */
export const DEMO_PLANS: Readonly<Record<string, DemoPlan>> = {
  "21231": { sets: ["A", "B", "C"], domains: ALL_C, status: "validee", effectiveFrom: "2025-01-01" },
  "21166": { sets: ["A", "B", "C"], domains: [1, 2, 3, 5, 6, 13], status: "validee", effectiveFrom: "2025-01-01" },
  "21515": { sets: ["A", "B", "C"], domains: [1, 3, 5, 6], status: "validee", effectiveFrom: "2025-05-01" },
  "21355": { sets: ["A", "B", "C"], domains: [2, 3, 5], status: "validee", effectiveFrom: "2025-07-01" },
  "21278": { sets: ["A", "B"], domains: [], status: "validee", effectiveFrom: "2025-01-01" },
  "21540": { sets: ["A", "B", "C"], domains: [3, 5, 6, 10], status: "validee", effectiveFrom: "2025-01-01" },
  "21390": { sets: ["A", "B"], domains: [], status: "validee", effectiveFrom: "2025-01-01" },
  "21473": { sets: ["A", "B", "C"], domains: [3, 5], status: "validee", effectiveFrom: "2025-01-01" },
  "21192": { sets: ["A", "B"], domains: [], status: "validee", effectiveFrom: "2025-01-01" },
  "21270": { sets: ["A", "B"], domains: [], status: "validee", effectiveFrom: "2025-01-01" },
  "21370": { sets: ["A", "B", "C"], domains: [3, 5, 6], status: "validee", effectiveFrom: "2025-01-01" },
  "21617": { sets: ["A"], domains: [], status: "deposee" },
  "21452": { sets: ["A", "B", "C"], domains: [3, 4], status: "deposee" },
  "21171": { sets: ["A", "B"], domains: [], status: "a_corriger" },
  "21485": { sets: ["A", "B"], domains: [], status: "brouillon" },
  "21481": { sets: ["A"], domains: [], status: "brouillon" },
};
