import { z } from "zod";
import type { AuditEntryView } from "../api/apiTypes";
import { formatDay } from "../ui/format/formatDateTime";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import { formatEuros } from "../ui/format/formatEuros";
import { describeCostItemChanges } from "./describeCostItemChanges";
import { describeSettlementChanges, type ChangeNames } from "./describeSettlementChanges";
import { signedCents } from "./signedCents";

/** An entry of the year's finance history as the pane tells it. */
export interface HistoryLine {
  readonly title: string;
  readonly lines: readonly string[];
}

const itemsSchema = z.array(z.object({ id: z.string(), label: z.string(), amount: z.string().regex(/^-?\d+\.\d{2}$/) }));
const settlementsSchema = z.record(z.string(), z.object({ acAlreadyIncluded: z.string().optional(), invoicedItems: z.array(z.string()).optional(), withCcas: z.boolean().optional() }));
const summarySchema = z.object({ costItems: z.string(), communes: z.string(), invoiced: z.string(), acAdjustment: z.string(), metropole: z.string() });

/** A field of the entry's details read with a schema (undefined when absent or not of that shape). */
function read<T>(details: Readonly<Record<string, unknown>> | undefined, key: string, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(details?.[key]);
  return parsed.success ? parsed.data : undefined;
}

/** The sum of the items' amounts, exact in cents. */
const total = (items: readonly { amount: string }[]) => formatEuros(formatCents(items.reduce((sum, item) => sum + signedCents(item.amount), 0n)));

/**
 * Tells an audit entry of a year's finance in French: cost items saved (each amount before and
 * after, the total), the settlement per member saved (what changed, commune by commune), runs
 * computed (cut-off, totals, warnings, corrective or full-year), publications (warnings
 * acknowledged, the run replaced), corrections opened or abandoned (with their reason).
 */
export function describeHistoryEntry(entry: AuditEntryView, names: ChangeNames): HistoryLine {
  const details = entry.details;
  const text = (key: string) => read(details, key, z.string());
  const runId = entry.target.split(":")[2] ?? entry.target;
  switch (entry.action) {
    case "costitems.save": {
      const before = read(details, "before", itemsSchema);
      const after = read(details, "after", itemsSchema) ?? [];
      const changes = describeCostItemChanges(before, after);
      const totals = before ? `Total ${total(before)} → ${total(after)}` : `Total ${total(after)} (${after.length} poste${after.length > 1 ? "s" : ""})`;
      return { title: before ? "Postes de coût modifiés" : "Postes de coût saisis", lines: [...(changes.length > 0 ? changes : ["Aucun montant ni libellé changé"]), totals] };
    }
    case "financeconfig.save": {
      const before = read(details, "before", settlementsSchema);
      const changes = describeSettlementChanges(before, read(details, "after", settlementsSchema) ?? {}, names);
      return { title: before ? "Règlement par commune modifié" : "Règlement par commune saisi", lines: changes.length > 0 ? changes : ["Aucune commune ne change de règlement"] };
    }
    case "run.compute": {
      const summary = read(details, "summary", summarySchema);
      const warnings = read(details, "warnings", z.number()) ?? 0;
      const cutoff = text("cutoff");
      const corrects = text("corrects");
      return {
        title: read(details, "fullYear", z.boolean()) ? "Calcul en année pleine" : corrects ? "Calcul correctif" : "Calcul des quotes-parts",
        lines: [
          `Calcul ${runId}`,
          ...(cutoff ? [`Données au ${formatDay(cutoff)}`] : []),
          ...(corrects ? [`Annule et remplace le calcul ${corrects} — motif : ${text("correctionReason") ?? ""}`] : []),
          ...(summary
            ? [`Communes ${formatEuros(summary.communes)} (dont refacturé ${formatEuros(summary.invoiced)}) · ajustement des AC ${formatEuros(summary.acAdjustment)} · Métropole ${formatEuros(summary.metropole)}`]
            : []),
          warnings > 0 ? `${warnings} avertissement${warnings > 1 ? "s" : ""}` : "Sans avertissement",
        ],
      };
    }
    case "run.publish":
    case "run.publishCorrection": {
      const acknowledged = read(details, "warningsAcknowledged", z.array(z.string())) ?? [];
      const replaces = text("replaces");
      return {
        title: replaces ? "Calcul correctif publié" : "Calcul publié",
        lines: [
          `Calcul ${runId}`,
          ...(replaces ? [`Annule et remplace le calcul ${replaces} — motif : ${text("reason") ?? ""}`] : []),
          ...(acknowledged.length > 0 ? [`Avertissements confirmés : ${acknowledged.join(" ")}`] : []),
        ],
      };
    }
    case "correction.open":
      return { title: "Correction ouverte", lines: [`Motif : ${text("reason") ?? ""}`, ...(text("replaces") ? [`Calcul publié à remplacer : ${text("replaces")}`] : [])] };
    case "correction.cancel":
      return { title: "Correction abandonnée", lines: [`Motif de la correction : ${text("reason") ?? ""}`, "La publication reste en vigueur."] };
    default:
      return { title: entry.action, lines: [] };
  }
}
