/**
 * Reading uploaded workbooks (`readWorkbookGrid`, what `POST …/submissions` does with an .xlsx
 * before the shared parser): the largest template filled in full, and the hostile files the reader
 * must get through without expanding them (a lying zip directory, a validation over the whole
 * sheet, a 5 MB picture, megabytes of hostile XML). Median and maximum of several runs each; the run
 * fails (exit 1, `ÉCHEC`) when a read gives the wrong outcome or a target is missed.
 *
 * `npm run --silent bench:xlsx` — see bench/README.md.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { dateCells } from "../functions/xlsx/dateCells";
import { readWorkbookGrid } from "../functions/xlsx/readWorkbookGrid";
import { renderTemplateXlsx } from "../functions/xlsx/renderTemplateXlsx";
import { scanWorksheet } from "../functions/xlsx/scanWorksheet";
import { TEMPLATE_VERSION } from "../shared/inventory/templateVersion";
import { buildSheetLayout } from "../shared/layout/buildSheetLayout";
import { rezip, withFileText } from "../tests/functions/xlsx/support/zipFixtures";
import { machineLine } from "./support/machineLine";
import { percentile } from "./support/percentile";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SHEET = "xl/worksheets/sheet1.xml";

interface Case {
  readonly name: string;
  readonly targetMs: number;
  readonly bytes: Buffer | string;
  /** Reads once; true when the outcome is the expected one. */
  readonly read: () => Promise<boolean> | boolean;
}

async function cases(): Promise<Case[]> {
  const largest = buildSheetLayout({ blocks: { fibre: 200, interconnexion: 200, isole: 200 }, templateVersion: TEMPLATE_VERSION });
  const filled = await renderTemplateXlsx(
    largest,
    largest.cells.filter((cell) => cell.input).map((cell) => ({ ...cell, value: cell.style === "input" ? `Réponse ${cell.address}` : 7 })),
  );
  const small = buildSheetLayout({ blocks: { fibre: 1, interconnexion: 1, isole: 2 }, templateVersion: TEMPLATE_VERSION });
  const template = await renderTemplateXlsx(small);
  const liar = rezip(template, (files) =>
    files.map((file) => (file.name === SHEET ? { name: SHEET, content: Buffer.alloc(50 * 1024 * 1024, 0x20), declaredSize: 2048 } : file)),
  );
  const rule = '<dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>';
  const wholeSheetRule = withFileText(template, SHEET, (xml) => xml.replace(/<dataValidations count="(\d+)">/, (_, count: string) => `<dataValidations count="${Number(count) + 1}">${rule}`));
  const picture = rezip(template, (files) => [...files, { name: "xl/media/image1.png", content: randomBytes(5 * 1024 * 1024 - 200_000), method: 0 }]);
  // Well-formed up to its last line (saxes stops at the first error): markup in a comment, an
  // endless name, an attribute value of quotes and ">", then unclosed tags after the root.
  const junk = "<c-" + "x".repeat(50).concat("<c ").repeat(40_000);
  const hostileXml =
    `<worksheet><sheetData><row><c r="A1" t="d"><v>2025-01-15</v></c></row></sheetData><!--${junk}-->` +
    `<${"n".repeat(2_000_000)} a="${"'>".repeat(200_000)}"/></worksheet>${junk}`;
  // Stored, not deflated: compressed, it would be refused for its ratio before being read.
  const hostileSheet = rezip(template, (files) => files.map((file) => (file.name === SHEET ? { name: SHEET, content: Buffer.from(hostileXml), method: 0 } : file)));
  const read = (bytes: Buffer, ok: boolean) => async () => (await readWorkbookGrid(bytes)).ok === ok;
  return [
    { name: "plus grand modèle (200 blocs de chaque sorte, ≈ 10 800 lignes), rempli", targetMs: 4000, bytes: filled, read: read(filled, true) },
    { name: "modèle courant, vide", targetMs: 500, bytes: template, read: read(template, true) },
    { name: "répertoire zip menteur (2 Ko déclarés, 50 Mo réels) : refusé", targetMs: 1000, bytes: liar, read: read(liar, false) },
    { name: "validation sur toute la feuille : ignorée", targetMs: 2000, bytes: wholeSheetRule, read: read(wholeSheetRule, true) },
    { name: "classeur de 5 Mo, surtout une image", targetMs: 1500, bytes: picture, read: read(picture, true) },
    {
      name: "XML hostile (balises dans un commentaire, nom sans fin, guillemets et « > »), lu par saxes",
      targetMs: 5000,
      bytes: hostileXml,
      read: () => {
        const scan = scanWorksheet(Buffer.from(hostileXml));
        return !scan.wellFormed && scan.cells === 1 && dateCells(scan.written).length === 1;
      },
    },
    { name: "ce XML hostile comme feuille d'un classeur (non compressée) : refusé avant ExcelJS", targetMs: 5000, bytes: hostileSheet, read: read(hostileSheet, false) },
  ];
}

async function main(): Promise<void> {
  console.log(`Lecture des classeurs déposés — ${machineLine()}`);
  console.log(`${RUNS} lectures par cas (plus une de mise en route) ; médiane / maximum`);
  let failed = false;
  for (const benchCase of await cases()) {
    await benchCase.read();
    const times: number[] = [];
    let right = true;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      right = (await benchCase.read()) && right;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 50);
    const max = times[times.length - 1] ?? 0;
    const missed = !right || max >= benchCase.targetMs;
    failed ||= missed;
    const size = (benchCase.bytes.length / 1024 / 1024).toFixed(1);
    console.log(
      `  ${benchCase.name} (${size} Mo) : ${median.toFixed(1)} / ${max.toFixed(1)} ms (cible < ${benchCase.targetMs} ms)${right ? "" : " — résultat inattendu"}${missed ? " ÉCHEC" : ""}`,
    );
  }
  console.log(`  mémoire résidente en fin de course : ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} Mio`);
  if (failed) process.exit(1);
}

void main();
