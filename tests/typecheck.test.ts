import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");

// The whole code base (product, tests, benchmarks, scripts) type-checks under `strict`.
test("the TypeScript sources type-check with the strict configuration", () => {
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], { cwd: root, encoding: "utf8" });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    output = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  }
  expect(output).toBe("");
}, 240000);

// The task pane's components are TSX: the check above covers them only if the configuration takes them in.
test("the type check covers the task pane's TSX components, typed by Preact's JSX runtime", () => {
  const files = execFileSync(process.execPath, [tsc, "--listFilesOnly", "-p", "tsconfig.json"], { cwd: root, encoding: "utf8" }).split("\n").map((file) => path.resolve(root, file.trim()));
  expect(files).toEqual(expect.arrayContaining([path.join(root, "addin", "main.tsx"), path.join(root, "addin", "ui", "App.tsx"), path.join(root, "addin", "ui", "components", "Dialog.tsx")]));
  expect(files.some((file) => file.endsWith(path.join("node_modules", "preact", "jsx-runtime", "src", "index.d.ts")))).toBe(true);
}, 240000);
