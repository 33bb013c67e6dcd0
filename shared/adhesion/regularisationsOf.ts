import { TIMELINE_LABELS, type TimelineEvent } from "./timelineEvent";

/** A recorded event that changed a year whose quote-parts were already published: for finance to carry into the next run. */
export interface Regularisation {
  readonly insee: string;
  readonly communeName: string;
  /** The history entry. */
  readonly eventId: string;
  readonly type: TimelineEvent["type"];
  readonly label: string;
  /** The date it takes effect. */
  readonly date: string;
  readonly sets?: readonly string[];
  readonly recordedAt: string;
  readonly recordedBy: string;
  /** The published years it changes. */
  readonly years: readonly number[];
}

/** The régularisations of `year` in the members' histories, oldest recorded first. */
export function regularisationsOf(year: number, histories: readonly { readonly insee: string; readonly name: string; readonly history: readonly TimelineEvent[] }[]): Regularisation[] {
  return histories
    .flatMap(({ insee, name, history }) =>
      history
        .filter((event) => event.publishedYears?.includes(year) && event.date !== undefined)
        .map((event) => ({
          insee,
          communeName: name,
          eventId: event.id,
          type: event.type,
          label: TIMELINE_LABELS[event.type],
          date: event.date!,
          ...(event.sets ? { sets: event.sets } : {}),
          recordedAt: event.at,
          recordedBy: event.by,
          years: event.publishedYears!,
        })),
    )
    .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
}
