import { z } from "zod";
import type { Regularisation } from "../adhesion/regularisationsOf";
import { formatFrenchDay } from "../calendar/formatFrenchDate";
import type { QuoteParts } from "../quoteParts/QuoteParts";

/** What a run did that finance must acknowledge before publishing it (PRODUCT.md §5 "Runs"). */
export const runWarningSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("itemWithoutParticipant"), item: z.string(), label: z.string(), message: z.string() }),
  z.strictObject({ kind: z.literal("memberLeftOut"), insee: z.string(), name: z.string(), message: z.string() }),
  z.strictObject({ kind: z.literal("pendingRegularisation"), insee: z.string(), name: z.string(), eventId: z.string(), message: z.string() }),
]);

/** A warning of a run. */
export type RunWarning = z.infer<typeof runWarningSchema>;

/** A member the run could not count: nothing of it was validated at the cut-off, though something is now (or awaits review). */
export interface LeftOutMember {
  readonly insee: string;
  readonly name: string;
  /** Validated after the cut-off (with effect in the year), or a version awaiting review. */
  readonly reason: { readonly kind: "validatedAfter"; readonly decidedAt: string; readonly effectiveFrom: string } | { readonly kind: "awaitingReview"; readonly version: number; readonly submittedAt: string };
}

/** What a run's warnings are drawn from. */
export interface RunWarningSources {
  readonly quoteParts: QuoteParts;
  readonly cutoff: string;
  readonly leftOut: readonly LeftOutMember[];
  /** Régularisations of the year recorded after the cut-off (the run does not carry them). */
  readonly pendingRegularisations: readonly Regularisation[];
}

const day = (instant: string) => formatFrenchDay(instant.slice(0, 10));

/**
 * The warnings of a run, in French: items no commune takes part in (the Métropole carries 100 %),
 * members left out because nothing of theirs was validated at the cut-off (named, with why), and
 * régularisations of published years the run does not carry.
 */
export function runWarnings({ quoteParts, cutoff, leftOut, pendingRegularisations }: RunWarningSources): RunWarning[] {
  const cut = formatFrenchDay(cutoff);
  return [
    ...quoteParts.items
      .filter((item) => item.shares.length === 0)
      .map((item) => ({
        kind: "itemWithoutParticipant" as const,
        item: item.id,
        label: item.label,
        message: `Le poste « ${item.label} » n'a aucune commune participante au ${cut} : la Métropole en porte 100 %.`,
      })),
    ...leftOut.map((member) => ({
      kind: "memberLeftOut" as const,
      insee: member.insee,
      name: member.name,
      message:
        member.reason.kind === "validatedAfter"
          ? `${member.name} n'est pas comptée : sa description organique a été validée le ${day(member.reason.decidedAt)} (effet au ${formatFrenchDay(member.reason.effectiveFrom)}), après l'arrêté du ${cut}.`
          : `${member.name} n'est pas comptée : sa version ${member.reason.version}, déposée le ${day(member.reason.submittedAt)}, attend l'examen du service commun.`,
    })),
    ...pendingRegularisations.map((event) => ({
      kind: "pendingRegularisation" as const,
      insee: event.insee,
      name: event.communeName,
      eventId: event.eventId,
      message: `Régularisation en attente pour ${event.communeName} : ${event.label.toLowerCase()} au ${formatFrenchDay(event.date)}, enregistré le ${day(event.recordedAt)}, après l'arrêté du ${cut}.`,
    })),
  ];
}
