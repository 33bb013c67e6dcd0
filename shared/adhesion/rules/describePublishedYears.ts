import type { PublishedYear } from "../publishedYearsChanged";

/** « il modifie l'année 2025, dont les quotes-parts sont publiées (calcul r-…). » */
export function describePublishedYears(touched: readonly PublishedYear[]): string {
  const runs = touched.map(({ year, runId }) => `${year} : calcul ${runId}`).join(" ; ");
  return touched.length === 1
    ? `il modifie l'année ${touched[0]!.year}, dont les quotes-parts sont publiées (calcul ${touched[0]!.runId}).`
    : `il modifie les années ${touched.map(({ year }) => year).join(", ")}, dont les quotes-parts sont publiées (${runs}).`;
}
