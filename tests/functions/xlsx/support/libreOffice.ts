import { execFile, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** True when LibreOffice's `soffice` can be run here. */
export function hasLibreOffice(): boolean {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 30_000 });
  return probe.status === 0 && /LibreOffice/.test(probe.stdout);
}

/** A LibreOffice user profile of this test process, so that parallel test files do not share one. */
let profile: Promise<string> | undefined;

/**
 * Converts a file with headless LibreOffice (`soffice --convert-to`) and returns the files it
 * wrote by name (a CSV export of all sheets writes one file per sheet).
 */
export async function convertWithLibreOffice(input: Buffer, fileName: string, format: string): Promise<Map<string, Buffer>> {
  profile ??= mkdtemp(path.join(os.tmpdir(), "lo-profile-"));
  const work = await mkdtemp(path.join(os.tmpdir(), "lo-convert-"));
  try {
    const source = path.join(work, "in", fileName);
    const out = path.join(work, "out");
    await mkdir(path.dirname(source));
    await mkdir(out);
    await writeFile(source, input);
    const userInstallation = `file://${await profile}`;
    await run("soffice", [`-env:UserInstallation=${userInstallation}`, "--headless", "--norestore", "--convert-to", format, "--outdir", out, source], { timeout: 120_000 });
    const names = await readdir(out);
    return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(out, name))] as const)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Removes this process's LibreOffice profile (call after the last conversion). */
export async function disposeLibreOfficeProfile(): Promise<void> {
  if (profile) await rm(await profile, { recursive: true, force: true });
  profile = undefined;
}

/** Parses CSV text (comma, double quotes) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
