/**
 * `npm run --silent quote-parts -- FILE`: prints the quote-parts of a scenario file (PRODUCT.md §5)
 * as JSON on stdout. On bad input it prints French messages (`path : message`, one per line) on
 * stderr, nothing on stdout, and exits with code 2. The shell only reads and prints; the pure core
 * in shared/quoteParts computes.
 */
import { readFileSync } from "node:fs";
import { computeQuoteParts, formatQuotePartReport, parseScenarioJson } from "../shared/quoteParts";
import { describeProblem, type Result } from "../shared/validation/problem";

const USAGE = "usage : npm run --silent quote-parts -- FICHIER.json";

function fail(lines: readonly string[], exitCode: number): void {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exitCode = exitCode;
}

function readText(file: string): Result<string> {
  try {
    return { ok: true, value: readFileSync(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "fichier introuvable" : code === "EISDIR" ? "c'est un dossier" : code === "EACCES" ? "accès refusé" : `erreur ${code ?? "inconnue"}`;
    return { ok: false, problems: [{ path: "", message: `impossible de lire « ${file} » : ${reason}` }] };
  }
}

function main(args: readonly string[]): void {
  const file = args[0];
  if (file === undefined || file === "") return fail([`fichier de scénario manquant — ${USAGE}`], 2);
  if (args.length > 1) return fail([`un seul fichier attendu, ${args.length} reçus — ${USAGE}`], 2);
  const text = readText(file);
  if (!text.ok) return fail(text.problems.map(describeProblem), 2);
  const json = parseScenarioJson(text.value);
  if (!json.ok) return fail(json.problems.map((problem) => `${file} : ${describeProblem(problem)}`), 2);
  const result = computeQuoteParts(json.value);
  if (!result.ok) return fail(result.problems.map(describeProblem), 2);
  process.stdout.write(`${JSON.stringify(formatQuotePartReport(result.value), null, 2)}\n`);
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

try {
  main(process.argv.slice(2));
} catch (error) {
  // A bug, not the user's input: say so in one line, without a stack trace.
  fail([`erreur interne du calcul des quote-parts : ${error instanceof Error ? error.message : String(error)}`], 1);
}
