import { domainByNumber, isDomainNumber } from "../../catalogue/functionalDomains";

const TOTALS: Readonly<Record<string, string>> = {
  postes: "Nombre total de postes informatiques",
  agents: "Nombre total d'agents",
  sites: "Nombre total de sites",
};

/** The French name of a commune's figure: « Nombre total de postes informatiques », « Nombre d'utilisateurs du domaine 3 — Finances ». */
export function figureLabel(figure: string): string {
  const domain = Number(figure.slice("users:".length));
  if (figure.startsWith("users:") && isDomainNumber(domain)) return `Nombre d'utilisateurs du domaine ${domain} — ${domainByNumber(domain).label}`;
  return TOTALS[figure] ?? figure;
}
