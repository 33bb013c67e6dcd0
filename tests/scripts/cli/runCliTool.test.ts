import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The launcher (scripts/cli) in a project of its own: a temporary folder holding a copy of
// scripts/cli whose registry names one tool, `hello`, a TypeScript entry importing a project module
// and a package. The real tools are never rebuilt or deleted here (other tests run them meanwhile).
const root = path.resolve(__dirname, "../../..");
const project = mkdtempSync(path.join(tmpdir(), "cli-launcher-"));
const bundle = path.join(project, "dist", "cli", "hello.js");

/** Writes `content` at `relative` in the temporary project. */
function write(relative: string, content: string): void {
  mkdirSync(path.dirname(path.join(project, relative)), { recursive: true });
  writeFileSync(path.join(project, relative), content);
}

/** Runs `node scripts/cli/<script> …args` in the temporary project. */
function node(script: string, ...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [path.join(project, "scripts", "cli", script), ...args], { cwd: project, encoding: "utf8" });
  return { status, stdout, stderr };
}

/** Runs the tool `hello` through the launcher, as `npm run hello -- …args` would. */
const hello = (...args: string[]) => node("run.cjs", "hello", ...args);

/** What `hello` printed on success. */
const answer = (stdout: string) => JSON.parse(stdout) as { greeting: string; dep: string; args: string[]; dirname: string; isMain: boolean };

beforeAll(() => {
  cpSync(path.join(root, "scripts", "cli"), path.join(project, "scripts", "cli"), { recursive: true });
  write("scripts/cli/cliTools.cjs", `module.exports = { CLI_TOOLS: { hello: { entry: "scripts/hello.ts" } } };\n`);
  write("package.json", `${JSON.stringify({ name: "launcher-test", private: true })}\n`);
  write(
    "scripts/hello.ts",
    [
      `import { greeting } from "../lib/greeting";`,
      `import { dep } from "fake-dep";`,
      `const args = process.argv.slice(2);`,
      `if (args[0] === "--refuse") {`,
      `  process.stderr.write("entrée refusée\\n");`,
      `  process.exitCode = 2;`,
      `} else {`,
      `  process.stdout.write(JSON.stringify({ greeting, dep, args, dirname: __dirname, isMain: require.main === module }) + "\\n");`,
      `}`,
      ``,
    ].join("\n"),
  );
  write("lib/greeting.ts", `export const greeting: string = "bonjour";\n`);
  write("node_modules/fake-dep/package.json", `${JSON.stringify({ name: "fake-dep", version: "1.0.0", main: "index.js" })}\n`);
  write("node_modules/fake-dep/index.js", `exports.dep = "v1";\n`);
  // esbuild itself comes from the project's node_modules.
  symlinkSync(path.join(root, "node_modules", "esbuild"), path.join(project, "node_modules", "esbuild"), "junction");
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the command-line launcher (scripts/cli/run.cjs)", () => {
  test("missing compiled tool: built, then run with the arguments; the source keeps its own __dirname and is the main module", () => {
    expect(existsSync(bundle)).toBe(false);
    const { status, stdout, stderr } = hello("a", "b c");
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(answer(stdout)).toEqual({ greeting: "bonjour", dep: "v1", args: ["a", "b c"], dirname: path.join(project, "scripts"), isMain: true });
    expect(existsSync(bundle)).toBe(true);
  });

  test("the tool's exit code and stderr are kept", () => {
    expect(hello("--refuse")).toEqual({ status: 2, stdout: "", stderr: "entrée refusée\n" });
  });

  test("a compiled tool built from the current sources is run as it is, not rebuilt", () => {
    const before = statSync(bundle).mtimeMs;
    expect(answer(hello().stdout).greeting).toBe("bonjour");
    expect(statSync(bundle).mtimeMs).toBe(before);
  });

  test("stale: a module the entry imports was edited — rebuilt before it runs", () => {
    write("lib/greeting.ts", `export const greeting: string = "salut";\n`);
    expect(answer(hello().stdout).greeting).toBe("salut");
  });

  test("stale: edited to the same length with its old modification time put back — still rebuilt (contents are compared, not dates)", () => {
    const file = path.join(project, "lib", "greeting.ts");
    const { atime, mtime } = statSync(file);
    writeFileSync(file, `export const greeting: string = "allez";\n`); // "salut" before: same length
    utimesSync(file, atime, mtime);
    expect(answer(hello().stdout).greeting).toBe("allez");
  });

  test("stale: a bundled package's file changed — rebuilt", () => {
    write("node_modules/fake-dep/index.js", `exports.dep = "v2";\n`);
    expect(answer(hello().stdout).dep).toBe("v2");
  });

  test("a source that no longer compiles: French message with esbuild's location, exit 1, the stale compiled tool does not run", () => {
    write("lib/greeting.ts", `export const greeting: string = ;\n`);
    const { status, stdout, stderr } = hello();
    expect({ status, stdout }).toEqual({ status: 1, stdout: "" });
    expect(stderr).toMatch(/^construction de l'outil « hello » \(scripts\/hello\.ts\) impossible : /);
    expect(stderr).toContain("lib/greeting.ts:1:");
    expect(stderr).not.toMatch(/^\s+at /m);
    write("lib/greeting.ts", `export const greeting: string = "revenu";\n`);
    expect(answer(hello().stdout).greeting).toBe("revenu");
  });

  test("a compiled file without a valid stamp (truncated, edited by hand) is rebuilt", () => {
    writeFileSync(bundle, `process.stdout.write("ancien\\n");\n`);
    expect(answer(hello().stdout).greeting).toBe("revenu");
  });

  test("an unknown tool or none: French message listing the tools, exit 2", () => {
    expect(node("run.cjs", "absent")).toEqual({ status: 2, stdout: "", stderr: "outil inconnu « absent » — outils : hello\n" });
    expect(node("run.cjs")).toEqual({ status: 2, stdout: "", stderr: "usage : node scripts/cli/run.cjs OUTIL [ARGUMENTS…] — outils : hello\n" });
  });

  test("postinstall (buildCliTools.cjs) builds a missing tool, and never fails the install", () => {
    rmSync(bundle);
    expect(node("buildCliTools.cjs")).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(existsSync(bundle)).toBe(true);
    write("lib/greeting.ts", `export const greeting: string = ;\n`);
    const { status, stderr } = node("buildCliTools.cjs");
    expect(status).toBe(0);
    expect(stderr).toMatch(/^outil « hello » non compilé \(il le sera à son premier lancement\) : construction de l'outil « hello »/);
    write("lib/greeting.ts", `export const greeting: string = "bonjour";\n`);
  });

  test("no temporary file is left beside the compiled tools", () => {
    expect(readdirSync(path.dirname(bundle)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(bundle, "utf8")).toMatch(/^\/\/ cli-bundle \{"files":\[/);
  });
});
