import type { RunExportIdentity } from "../../../../shared/exports/RunExport";
import { computeQuoteParts } from "../../../../shared/quoteParts/computeQuoteParts";
import type { QuoteParts } from "../../../../shared/quoteParts/QuoteParts";
import { expectOk } from "../../quoteParts/expectOk";
import { aCostItem, aMember, aScenario } from "../../quoteParts/scenarioFactory";

/** A computed run as the exports name it. */
export const RUN_ID = "20250301T090000000Z-1a2b3c4d";
export const REPLACED_RUN_ID = "20250201T090000000Z-0a0b0c0d";
export const IDENTITY: RunExportIdentity = { runId: RUN_ID, cutoff: "2025-03-01", status: "calcule", statusLabel: "calculé", fullYear: false };

/**
 * Two members of set B all year with 10 postes each, the Métropole 10 postes: every item is shared
 * in thirds. Dijon (with its CCAS) has 100 € already in its AC; Neuilly-Crimolois pays the
 * « commande » item by direct invoice. `internet` is 3 000 € unless told (1 000 € a third), `commande` 600 € (200 € a third).
 */
export function settlementQuoteParts(internet = "3000.00"): QuoteParts {
  return expectOk(
    computeQuoteParts(
      aScenario({
        members: [
          aMember("21452", { name: "Neuilly-Crimolois", invoicedItems: ["commande"] }),
          aMember("21231", { name: "Dijon", acAlreadyIncluded: "100.00", withCcas: true }),
        ],
        costItems: [aCostItem("internet", { label: "Accès Internet", amount: internet }), aCostItem("commande", { label: "Commande publique", amount: "600.00" })],
      }),
    ),
  );
}
