import { readFileSync } from "node:fs";
import path from "node:path";
import type { DeliberationRun } from "../../../../shared/exports/DeliberationTable";
import { computeQuoteParts } from "../../../../shared/quoteParts/computeQuoteParts";
import type { QuoteParts } from "../../../../shared/quoteParts/QuoteParts";
import { expectOk } from "../../quoteParts/expectOk";

const FIXTURES = path.resolve(__dirname, "..", "..", "..", "fixtures");

/** The quote-parts of a CLECT fixture: `clect2019` (« Année 2019 ») or `clect2020` (« Années 2020 et suivantes »). */
export const clectQuoteParts = (name: "clect2019" | "clect2020"): QuoteParts => expectOk(computeQuoteParts(JSON.parse(readFileSync(path.join(FIXTURES, `${name}.scenario.json`), "utf8"))));

export const EPCI = { id: "242100410", name: "Dijon Métropole" };
export const YEAR_RUN: DeliberationRun = { runId: "20190411T090000000Z-1a2b3c4d", cutoff: "2019-04-11", status: "publie", statusLabel: "publié", fullYear: false };
export const FULL_YEAR_RUN: DeliberationRun = { runId: "20190411T090000001Z-5e6f7a8b", cutoff: "2019-04-11", status: "calcule", statusLabel: "calculé", fullYear: true };

/**
 * The council's table of the CLECT of 11 April 2019 (seed 001, « Focus sur le financement des
 * services communs »): « Année 2019 » from the 2019 participations, « Années 2020 et suivantes »
 * from the 2020 ones (the fixtures stand for the year's run and its run « en année pleine »).
 */
export const clectSource = () => ({
  epci: EPCI,
  year: { run: YEAR_RUN, quoteParts: clectQuoteParts("clect2019") },
  followingYears: { run: FULL_YEAR_RUN, quoteParts: clectQuoteParts("clect2020") },
});
