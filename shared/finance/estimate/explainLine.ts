import { formatFrenchNumber } from "../../checks/format/formatFrenchNumber";
import type { CommuneQuotePartLine } from "../CommuneQuoteParts";
import { formatFrenchEuros } from "../../format/formatFrenchEuros";

/** What the commune's weight counts, by key: « 42 postes informatiques sur 184 ». */
function weightPhrase(line: CommuneQuotePartLine): string {
  const [weight, total] = [formatFrenchNumber(line.weight), formatFrenchNumber(line.totalWeight)];
  switch (line.key) {
    case "postes":
      return `${weight} postes informatiques sur ${total}`;
    case "agents":
      return `${weight} agents sur ${total}`;
    case "sites":
      return `${weight} sites sur ${total}`;
    case "users":
      return `${weight} utilisateurs du domaine ${line.set.slice(2)} sur ${total}`;
    case "equal":
      return `parts égales : ${weight} part sur ${total}`;
    case "custom":
      return `poids fixé par la Métropole : ${weight} sur ${total}`;
  }
}

/**
 * The derivation of a commune's line in one French sentence: its weight over the total weight
 * (Métropole comprise), the item's amount times that ratio times the months (or days) of adhesion,
 * the exact share and the rounded amount.
 */
export function explainLine(line: CommuneQuotePartLine, itemAmount: string): string {
  const periods = line.days !== undefined ? `${line.days}/${line.daysInYear ?? ""} jours` : `${line.months ?? 0}/12 mois`;
  const ratio = `${formatFrenchNumber(line.weight)}/${formatFrenchNumber(line.totalWeight)}`;
  return (
    `${weightPhrase(line)} au total (Métropole comprise) : ${formatFrenchEuros(itemAmount)} × ${ratio} × ${periods} = ` +
    `${formatFrenchEuros(line.exact)}, soit ${formatFrenchEuros(line.amount)} après arrondi.`
  );
}
