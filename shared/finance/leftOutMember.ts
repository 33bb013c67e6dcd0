import type { LeftOutMember } from "./runWarnings";

/** A version as the left-out check reads it. */
export interface VersionFacts {
  readonly version: number;
  readonly status: "deposee" | "a_corriger" | "validee";
  readonly submittedAt: string;
  readonly decision?: { readonly kind: "validate" | "return"; readonly decidedAt: string; readonly effectiveFrom?: string };
}

/**
 * Why a member without any validated figures at a run's cut-off is nonetheless expected in the year
 * (undefined when it is not): validated since with effect in the year, or a version awaiting review.
 * `counted`: the run has figures of it.
 */
export function leftOutMember(member: { readonly insee: string; readonly name: string; readonly counted: boolean }, versions: readonly VersionFacts[], year: number, isKnownAtCutoff: (instant: string) => boolean): LeftOutMember | undefined {
  if (member.counted) return undefined;
  const later = versions.find(
    (version) => version.decision?.kind === "validate" && !isKnownAtCutoff(version.decision.decidedAt) && (version.decision.effectiveFrom ?? "") < `${year + 1}-01-01`,
  );
  if (later?.decision?.effectiveFrom) return { insee: member.insee, name: member.name, reason: { kind: "validatedAfter", decidedAt: later.decision.decidedAt, effectiveFrom: later.decision.effectiveFrom } };
  const awaiting = versions.at(-1);
  if (awaiting?.status === "deposee") return { insee: member.insee, name: member.name, reason: { kind: "awaitingReview", version: awaiting.version, submittedAt: awaiting.submittedAt } };
  return undefined;
}
