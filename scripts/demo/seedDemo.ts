import { findEpci } from "../../functions/communes/epciMembers";
import { DEMO_COST_ITEMS } from "./demoCostItems";
import { DEMO_FINANCE_CONFIG } from "./demoFinanceConfig";
import { DEMO_PLANS } from "./demoPlan";
import { demoSubmission } from "./demoSubmission";

/** Tokens the seed acts with. */
export interface SeedTokens {
  readonly staff: string;
  readonly finance: string;
  communeToken(insee: string): Promise<string>;
}

/**
 * Seeds the demo THROUGH THE API (the same routes the add-in uses): illustrative inventories of the
 * EPCI's communes in every status, validated with effect inside the current year, that year's cost
 * items and finance configuration (Dijon with its CCAS and the 421 000 € its AC already carries, as
 * in the 2020 CLECT table), and a quote-part run at today's cut-off — with its warnings (versions
 * awaiting review). Does nothing when submissions already exist. Returns a line per step for the console.
 */
export async function seedDemo(apiUrl: string, epciSiren: string, tokens: SeedTokens, today: string, log: (line: string) => void): Promise<void> {
  const call = async (path: string, token: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${apiUrl}/api/${path}`, {
      method: init.method ?? "GET",
      headers: { Authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { "Content-Type": "application/json" }), ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? "GET"} /api/${path} → ${response.status} ${text.slice(0, 500)}`);
    return { response, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const existing = await call("submissions?all=true", tokens.staff);
  if (Number(existing.body.count) > 0) {
    log("Données de démonstration déjà présentes : rien à ajouter.");
    return;
  }
  const epci = findEpci(epciSiren);
  if (!epci) throw new Error(`EPCI ${epciSiren} inconnu`);
  const populations = populationByInsee(epciSiren);
  const etatDesLieux = monthBefore(today);
  const year = Number(today.slice(0, 4));
  for (const member of epci.members) {
    const plan = DEMO_PLANS[member.insee];
    if (!plan) continue;
    const submission = demoSubmission({ ...member, population: populations.get(member.insee) ?? 1000, sets: plan.sets, domains: plan.domains }, etatDesLieux);
    const token = await tokens.communeToken(member.insee);
    if (plan.status === "brouillon") {
      await call(`communes/${member.insee}/draft`, token, { method: "PUT", body: submission });
      continue;
    }
    const submitted = await call(`communes/${member.insee}/submissions`, token, { method: "POST", body: submission, headers: { "Idempotency-Key": `demo-${member.insee}-v1` } });
    const location = String(submitted.response.headers.get("location")).replace("/api/", "");
    const etag = String(submitted.response.headers.get("etag"));
    if (plan.status === "validee") {
      const effectiveFrom = `${year}-${String(plan.effectiveMonth ?? 1).padStart(2, "0")}-01`;
      await call(`${location}/decision`, tokens.staff, { method: "POST", body: { decision: "validate", effectiveFrom }, headers: { "If-Match": etag } });
    } else if (plan.status === "a_corriger") {
      await call(`${location}/decision`, tokens.staff, {
        method: "POST",
        body: { decision: "return", reason: "incomplete", comment: "Exemple de retour : précisez les adresses des sites isolés." },
        headers: { "If-Match": etag },
      });
    }
  }
  log(`Démonstration : ${Object.keys(DEMO_PLANS).length} communes avec des inventaires illustratifs (validés, déposés, à corriger, brouillons).`);
  await call(`years/${year}/cost-items`, tokens.finance, { method: "PUT", body: DEMO_COST_ITEMS });
  await call(`years/${year}/finance-config`, tokens.finance, { method: "PUT", body: DEMO_FINANCE_CONFIG });
  const run = await call(`years/${year}/runs`, tokens.finance, { method: "POST", body: { cutoff: today } });
  const { runId, warnings } = run.body as { runId?: string; warnings?: unknown[] };
  log(`Démonstration : postes de coûts et configuration financière ${year} saisis, quotes-parts calculées au ${today} (calcul ${String(runId ?? "")}, ${warnings?.length ?? 0} avertissement(s) à voir avant publication).`);
}

function populationByInsee(siren: string): Map<string, number> {
  const all = require("@etalab/decoupage-administratif/data/epci.json") as { code: string; membres: { code: string; populationTotale?: number }[] }[];
  return new Map((all.find((epci) => epci.code === siren)?.membres ?? []).map((member) => [member.code, member.populationTotale ?? 1000]));
}

function monthBefore(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00Z`);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 10);
}
