import { formatCents } from "../../quoteParts/report/formatCents";
import type { EstimateComparison } from "../AdhesionEstimate";
import { formatFrenchEuros } from "../../format/formatFrenchEuros";

/** A commune's published quote-part of a year: what it pays now. */
export interface PublishedQuotePart {
  readonly year: number;
  readonly runId: string;
  /** Its total that year, `"1234.50"`. */
  readonly amount: string;
}

const cents = (amount: string) => BigInt(amount.replace(".", ""));

/**
 * The estimate against the commune's latest published quote-part: both totals and the difference
 * (estimated − published), said in French, with the number of items left out of the estimate;
 * without a publication, the estimate alone.
 */
export function compareWithPublished(published: PublishedQuotePart | undefined, estimated: string, year: number, communeName: string, leftOut = 0): EstimateComparison {
  const without = leftOut > 0 ? ` hors ${leftOut} poste${leftOut > 1 ? "s" : ""} non estimé${leftOut > 1 ? "s" : ""}` : "";
  const estimate = `estimation pour ${year} : ${formatFrenchEuros(estimated)}${without}`;
  if (!published) {
    const message = `Aucune quote-part publiée pour ${communeName} à ce jour : rien à comparer (${estimate}).`;
    return { publishedYear: null, runId: null, current: null, estimated, difference: null, message };
  }
  const difference = cents(estimated) - cents(published.amount);
  const magnitude = formatFrenchEuros(formatCents(difference < 0n ? -difference : difference));
  const change = difference === 0n ? "soit autant" : `soit ${magnitude} de ${difference > 0n ? "plus" : "moins"}`;
  return {
    publishedYear: published.year,
    runId: published.runId,
    current: published.amount,
    estimated,
    difference: formatCents(difference),
    message: `Quote-part publiée de ${communeName} pour ${published.year} : ${formatFrenchEuros(published.amount)} ; ${estimate}, ${change}.`,
  };
}
