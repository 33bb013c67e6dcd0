import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAddin } from "../../scripts/buildAddin";

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMA = path.resolve(ROOT, "..", "shared", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const MANIFEST = path.join(ROOT, "manifest.xml");
const manifest = readFileSync(MANIFEST, "utf8");

/** xmllint as ../shared/manifest-schemas/README.md says (Debian: apt-get install -y libxml2-utils). */
function xmllint(file: string): { status: number | null; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint introuvable (apt-get install -y libxml2-utils) : ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("manifest.xml", () => {
  test("validates against ../shared/manifest-schemas with xmllint", () => {
    const { status, output } = xmllint(MANIFEST);
    expect(output).toContain("manifest.xml validates");
    expect(status).toBe(0);
  });

  test("is a French Excel task pane requiring ExcelApi 1.8, opened by a Home tab button, with icons and a support URL", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain("<DefaultLocale>fr-FR</DefaultLocale>");
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/[^"]+\/aide\.html"\/>/);
    expect(manifest).toMatch(/<IconUrl DefaultValue="[^"]+icon-32\.png"\/>/);
  });

  test("every resid points to a resource, and every icon and page it names is built", () => {
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1]));
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    const files = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((match) => match[1]!);
    for (const file of files) {
      expect([file, existsSync(path.join(ROOT, "addin", file))]).toEqual([file, true]);
    }
  });

  test("the manifest written for a deployment address validates too", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "addin-manifest-"));
    try {
      await buildAddin({ mode: "production", outDir, baseUrl: "https://complement.metropole.example/" });
      const built = readFileSync(path.join(outDir, "manifest.xml"), "utf8");
      expect(built).not.toContain("localhost");
      expect(built).toContain('<SourceLocation DefaultValue="https://complement.metropole.example/taskpane.html"/>');
      expect(xmllint(path.join(outDir, "manifest.xml")).status).toBe(0);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test("xmllint rejects a broken manifest (the test can fail)", () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "addin-manifest-"));
    try {
      const broken = path.join(outDir, "manifest.xml");
      execFileSync("sh", ["-c", `sed 's#<DefaultLocale>fr-FR</DefaultLocale>##' "${MANIFEST}" > "${broken}"`]);
      expect(xmllint(broken).status).not.toBe(0);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
