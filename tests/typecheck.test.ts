import { execFileSync } from "node:child_process";
import path from "node:path";

// The whole code base (product, tests, benchmarks, scripts) type-checks under `strict`.
test("the TypeScript sources type-check with the strict configuration", () => {
  const root = path.resolve(__dirname, "..");
  const tsc = require.resolve("typescript/bin/tsc");
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], { cwd: root, encoding: "utf8" });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    output = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  }
  expect(output).toBe("");
}, 240000);
