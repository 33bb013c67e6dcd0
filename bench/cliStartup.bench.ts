/**
 * Start-up of `npm run --silent quote-parts -- FILE` on a one-member scenario, as the user types it
 * and directly (`node scripts/cli/run.cjs quote-parts FILE`), against its parts: npm's own floor (a
 * script that does nothing, and one that starts Node), Node's floor (`node -e 0`), the compiled file
 * alone (no freshness check), the engine alone in this process, and the TypeScript source through
 * tsx (how the command ran before). Every run's output is checked against the engine's. Runs are
 * interleaved (one of each per round) so that the load of a shared machine spreads over all of them;
 * besides wall time, the CPU time of each run (user + system, the process and all it started, from
 * /proc: 10 ms ticks) is what the load changes least.
 * Fails (exit 1, `ÉCHEC`) when an output is wrong or the direct command misses 300 ms.
 *
 * `npm run --silent bench:cli` (BENCH_RUNS rounds, 7 by default) — see bench/README.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { computeQuoteParts, formatQuotePartReport, parseScenarioJson } from "../shared/quoteParts";
import { machineLine } from "./support/machineLine";
import { percentile } from "./support/percentile";

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const TARGET_MS = 300;
const ROOT = path.resolve(__dirname, "..");

const SCENARIO = {
  year: 2019,
  metropole: { id: "242100410", weights: { postes: 4 } },
  members: [{ id: "21106", name: "Bretenière", adhesions: [{ set: "B", from: "2019-05-01" }], weights: { postes: 1 } }],
  costItems: [{ id: "infra", label: "Infrastructure", set: "B", amount: "1000.00" }],
};

interface Command {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** What stdout must be (undefined: anything, for the floors). */
  readonly expected?: string;
}

/** The engine alone, as the CLI calls it between reading the file and writing stdout; returns the printed text. */
function engine(text: string): string {
  const json = parseScenarioJson(text);
  if (!json.ok) throw new Error("scenario JSON refused");
  const result = computeQuoteParts(json.value);
  if (!result.ok) throw new Error("scenario refused");
  return `${JSON.stringify(formatQuotePartReport(result.value), null, 2)}\n`;
}

/** CPU time (user + system) of this process's finished children so far, in ms, from /proc (Linux); 0 when unreadable. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // After the command name: cutime and cstime, in clock ticks (100 Hz on Linux).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/** Runs `command` once; its wall and CPU times in ms, or an error when it fails or prints something else. */
function time({ label, command, args, cwd, env, expected }: Command): { wall: number; cpu: number } {
  const cpu = childrenCpuMs();
  const start = performance.now();
  const { status, stdout, stderr } = spawnSync(command, args, { cwd, env: env ?? process.env, encoding: "utf8" });
  const wall = performance.now() - start;
  if (status !== 0 || (expected !== undefined && stdout !== expected)) throw new Error(`${label} : sortie inattendue (code ${status}) ${stderr}`);
  return { wall, cpu: childrenCpuMs() - cpu };
}

/** The median of `values`. */
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);

/** "median ms (min – max)" of `values`, with `digits` decimals. */
function summary(values: readonly number[], digits = 0): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${median(sorted).toFixed(digits)} ms (${sorted[0]?.toFixed(digits)} – ${sorted.at(-1)?.toFixed(digits)})`;
}

function main(): number {
  const directory = mkdtempSync(path.join(tmpdir(), "cli-startup-"));
  try {
    const file = path.join(directory, "one-member.json");
    writeFileSync(file, JSON.stringify(SCENARIO));
    writeFileSync(path.join(directory, "package.json"), JSON.stringify({ private: true, scripts: { nothing: "exit 0", node: "node -e 0" } }));

    // The engine alone, in this process: first call (cold), then warm calls.
    const text = readFileSync(file, "utf8");
    let start = performance.now();
    const expected = engine(text);
    const engineFirst = performance.now() - start;
    const engineWarm = Array.from({ length: RUNS }, () => ((start = performance.now()), engine(text), performance.now() - start));

    const npmVersion = spawnSync("npm", ["--version"], { encoding: "utf8" }).stdout.trim();
    const commands: Command[] = [
      { label: "npm run --silent quote-parts -- FICHIER", command: "npm", args: ["run", "--silent", "quote-parts", "--", file], cwd: ROOT, expected },
      { label: "node scripts/cli/run.cjs quote-parts FICHIER", command: process.execPath, args: ["scripts/cli/run.cjs", "quote-parts", file], cwd: ROOT, expected },
      // The launcher's V8 compile cache too (Node 22.1+; Node 20 ignores the variable): only the freshness check differs.
      {
        label: "node dist/cli/quoteParts.js FICHIER (sans contrôle de fraîcheur)",
        command: process.execPath,
        args: ["dist/cli/quoteParts.js", file],
        cwd: ROOT,
        env: { ...process.env, NODE_COMPILE_CACHE: path.join(ROOT, "dist", "cli", ".compile-cache") },
        expected,
      },
      { label: "npm run --silent d'un script vide (exit 0)", command: "npm", args: ["run", "--silent", "nothing"], cwd: directory },
      { label: "npm run --silent d'un script node -e 0", command: "npm", args: ["run", "--silent", "node"], cwd: directory },
      { label: "node -e 0", command: process.execPath, args: ["-e", "0"], cwd: ROOT },
      { label: "avant : tsx scripts/quoteParts.ts FICHIER", command: path.join(ROOT, "node_modules", ".bin", "tsx"), args: ["scripts/quoteParts.ts", file], cwd: ROOT, expected },
    ];
    // Not counted: compiles the tool if needed, warms the file cache.
    for (const command of commands) time(command);
    const walls = commands.map(() => [] as number[]);
    const cpus = commands.map(() => [] as number[]);
    for (let round = 0; round < RUNS; round++) {
      commands.forEach((command, i) => {
        const { wall, cpu } = time(command);
        walls[i]?.push(wall);
        cpus[i]?.push(cpu);
      });
    }

    const [viaNpm, direct, bundleOnly, npmNothing, npmNode, nodeFloor] = walls.map(median) as [number, number, number, number, number, number];
    console.log(`Démarrage de la commande des quotes-parts — ${machineLine()}, npm ${npmVersion}`);
    console.log(`Scénario à une commune ; ${RUNS} passages de chaque commande, entrelacés (plus un de mise en route) ; temps écoulé : médiane (min – max) ; CPU : médiane`);
    commands.forEach((command, i) => console.log(`  ${command.label} : ${summary(walls[i] ?? [])}, CPU ${median(cpus[i] ?? []).toFixed(0)} ms`));
    console.log(`  moteur seul, dans ce processus (lecture du JSON, calcul, rapport, texte) : premier appel ${engineFirst.toFixed(1)} ms, appels suivants ${summary(engineWarm, 2)}`);
    console.log("Décomposition (médianes) :");
    console.log(`  via npm, au-dessus de « npm run » d'un script node -e 0 : ${(viaNpm - npmNode).toFixed(0)} ms (npm seul : ${npmNothing.toFixed(0)} ms ; npm + démarrage de Node : ${npmNode.toFixed(0)} ms)`);
    console.log(`  direct, au-dessus de node -e 0 : ${(direct - nodeFloor).toFixed(0)} ms, dont contrôle de fraîcheur ≈ ${(direct - bundleOnly).toFixed(0)} ms`);
    const directOk = direct < TARGET_MS;
    console.log(`Cible < ${TARGET_MS} ms : directe ${direct.toFixed(0)} ms ${directOk ? "oui" : "NON"} ; via npm ${viaNpm.toFixed(0)} ms ${viaNpm < TARGET_MS ? "oui" : `non (npm + Node coûtent déjà ${npmNode.toFixed(0)} ms)`}`);
    console.log(directOk ? "OK" : "ÉCHEC");
    return directOk ? 0 : 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

process.exitCode = main();
