/**
 * Quote-parts engine benchmark: every EPCI of France (from @etalab/decoupage-administratif) with its
 * member communes, deterministic generated weights and adhesions, 20 cost items each with mixed
 * sets and keys. Runs the public entry (validation + computation + JSON report) for every EPCI,
 * checks that every item adds up exactly to its amount, prints wall time and peak memory.
 *
 * `npm run --silent bench:quote-parts` — see bench/README.md.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { computeScenario } from "../shared/quoteParts/computeScenario";
import { formatQuotePartReport } from "../shared/quoteParts/report/formatQuotePartReport";
import { validateScenario } from "../shared/quoteParts/validateScenario";

interface CommuneRecord {
  readonly code: string;
  readonly nom: string;
  readonly type: string;
  readonly population?: number;
}
interface EpciRecord {
  readonly code: string;
  readonly nom: string;
  readonly membres: readonly { readonly code: string; readonly nom: string }[];
}

const TARGET_MS = 2000;
const TARGET_BYTES = 1024 ** 3;
const YEAR = 2025;

const readData = <T>(name: string): T => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${name}`), "utf8")) as T;

/** mulberry32: a small seeded PRNG, so every run benchmarks the same scenarios. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20250101);
const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(values: readonly T[]): T => values[integer(0, values.length - 1)] as T;
const pad = (n: number) => String(n).padStart(2, "0");
const DOMAINS = Array.from({ length: 16 }, (_, i) => i + 1);

/** An adhesion start: often 1 January or a 1st of month, sometimes mid-month, sometimes in an earlier year. */
const randomFrom = () => (random() < 0.4 ? `${integer(2019, 2024)}-01-01` : `${YEAR}-${pad(integer(1, 12))}-${random() < 0.7 ? "01" : pad(integer(2, 28))}`);
const randomTo = (from: string) => (random() < 0.15 && from < `${YEAR}-07-01` ? { to: `${YEAR}-${pad(integer(7, 12))}-01` } : {});

function memberOf(code: string, name: string, population: number) {
  const adhesions: { set: string; from: string; to?: string }[] = [];
  const adhere = (set: string) => {
    const from = randomFrom();
    adhesions.push({ set, from, ...randomTo(from) });
  };
  if (random() < 0.9) adhere("B");
  if (random() < 0.6) adhere("A");
  const wholeC = random() < 0.15;
  if (wholeC) adhere("C");
  const domains = wholeC ? DOMAINS : DOMAINS.filter(() => random() < 0.2);
  if (!wholeC) domains.forEach((domain) => adhere(`C:${domain}`));
  const agents = Math.max(1, Math.round((population / 60) * (0.5 + random()) * 100) / 100);
  const weights: Record<string, number> = {
    postes: Math.max(1, Math.round((population / 45) * (0.5 + random()))),
    agents,
    sites: integer(1, 3 + Math.round(population / 2000)),
  };
  for (const domain of domains) weights[`users:${domain}`] = integer(0, Math.max(1, Math.round(agents / 4)));
  return { id: code, name, adhesions, weights };
}

function costItemsOf(memberIds: readonly string[], metropoleId: string) {
  const custom = () => Object.fromEntries([[metropoleId, integer(1, 1000)], ...memberIds.map((id) => [id, integer(0, 100)])]);
  const amount = () => (random() < 0.8 ? `${integer(1000, 2_000_000)}.${pad(integer(0, 99))}` : integer(1000, 500_000) + integer(0, 99) / 100);
  const domain = () => pick(DOMAINS);
  const items: { set: string; key: string; weights?: Record<string, number> }[] = [
    { set: "B", key: "postes" },
    { set: "B", key: "agents" },
    { set: "B", key: "sites" },
    { set: "B", key: "equal" },
    { set: "B", key: "custom", weights: custom() },
    { set: "A", key: "postes" },
    { set: "A", key: "equal" },
    { set: "A", key: "custom", weights: custom() },
    { set: "C", key: "equal" },
    { set: "C", key: "postes" },
    ...Array.from({ length: 8 }, () => ({ set: `C:${domain()}`, key: "users" })),
    { set: `C:${domain()}`, key: "equal" },
    { set: `C:${domain()}`, key: "custom", weights: custom() },
  ];
  return items.map((item, i) => ({ id: `poste-${pad(i + 1)}`, label: `Poste ${i + 1} (${item.set}, ${item.key})`, amount: amount(), ...item }));
}

function buildScenarios() {
  const communes = new Map(readData<CommuneRecord[]>("communes.json").filter((c) => c.type === "commune-actuelle").map((c) => [c.code, c]));
  return readData<EpciRecord[]>("epci.json").map((epci, index) => {
    const members = epci.membres.map((membre) => memberOf(membre.code, communes.get(membre.code)?.nom ?? membre.nom, communes.get(membre.code)?.population ?? 1000));
    const metropoleWeights = Object.fromEntries([
      ["postes", integer(100, 5000)],
      ["agents", integer(100, 8000)],
      ["sites", integer(5, 200)],
      ...DOMAINS.map((domain) => [`users:${domain}`, integer(1, 300)]),
    ]);
    return {
      year: YEAR,
      rounding: index % 2 === 0 ? "cent" : "euro",
      prorata: index % 5 === 4 ? "daily" : "monthly",
      metropole: { id: epci.code, weights: metropoleWeights },
      members,
      costItems: costItemsOf(
        members.map((member) => member.id),
        epci.code,
      ),
    };
  });
}

const toCents = (money: string) => BigInt(money.replace(".", ""));

function main(): void {
  const buildStart = performance.now();
  const scenarios = buildScenarios();
  const buildMs = performance.now() - buildStart;
  let peakRss = process.memoryUsage.rss();
  let [items, lines, exactItems, reportBytes] = [0, 0, 0, 0];
  const failures: string[] = [];

  // Only the engine is timed — what the CLI does between reading the file and writing stdout, that
  // is computeQuoteParts (= validateScenario + computeScenario), formatQuotePartReport and
  // JSON.stringify — phase by phase; the checks and the memory sampling around it are not.
  const phases = { validation: 0, computation: 0, report: 0, json: 0 };
  const wallStart = performance.now();
  for (const scenario of scenarios) {
    const t0 = performance.now();
    const valid = validateScenario(scenario);
    const t1 = performance.now();
    phases.validation += t1 - t0;
    if (!valid.ok) {
      failures.push(`${scenario.metropole.id}: ${valid.problems.map((p) => `${p.path} : ${p.message}`).join("; ")}`);
      continue;
    }
    const result = { value: computeScenario(valid.value) };
    const t2 = performance.now();
    const report = formatQuotePartReport(result.value);
    const t3 = performance.now();
    const json = JSON.stringify(report, null, 2);
    const t4 = performance.now();
    phases.computation += t2 - t1;
    phases.report += t3 - t2;
    phases.json += t4 - t3;
    reportBytes += json.length;
    result.value.items.forEach((item, i) => {
      items += 1;
      lines += item.shares.length;
      const typed = item.shares.reduce((sum, share) => sum + share.cents, item.metropole.cents);
      const printed = report.items[i];
      const shown = printed ? printed.shares.reduce((sum, share) => sum + toCents(share.amount), toCents(printed.metropole)) : -1n;
      if (typed === item.amountCents && shown === item.amountCents) exactItems += 1;
      else failures.push(`${scenario.metropole.id} ${item.id}: lines add up to ${typed} / ${shown} cents, amount ${item.amountCents}`);
    });
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const wallMs = performance.now() - wallStart;
  const engineMs = phases.validation + phases.computation + phases.report + phases.json;

  const members = scenarios.reduce((sum, scenario) => sum + scenario.members.length, 0);
  const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
  console.log(`Quote-parts benchmark: ${scenarios.length} EPCI, ${members} communes, ${items} cost items, ${lines} commune lines`);
  console.log(`  scenarios built from the data in ${buildMs.toFixed(0)} ms (not counted)`);
  console.log(`  engine, every EPCI: ${engineMs.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(`    validation ${ms(phases.validation)}, computation ${ms(phases.computation)}, report ${ms(phases.report)}, JSON text ${ms(phases.json)} (${mib(reportBytes)})`);
  console.log(`  whole loop with the checks and memory sampling: ${wallMs.toFixed(0)} ms`);
  console.log(`  items adding up exactly to the cent: ${exactItems} / ${items}`);
  console.log(`  peak RSS: ${mib(peakRss)} (target < ${mib(TARGET_BYTES)})`);
  if (failures.length > 0) console.error(failures.slice(0, 20).join("\n"));
  const ok = failures.length === 0 && exactItems === items && engineMs < TARGET_MS && peakRss < TARGET_BYTES;
  console.log(ok ? "OK" : "ÉCHEC");
  process.exitCode = ok ? 0 : 1;
}

main();
