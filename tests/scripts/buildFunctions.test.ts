import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROUTES } from "../../functions/routes/routeTable";
import { buildFunctions } from "../../scripts/buildFunctions";

const outdir = path.resolve(__dirname, "..", "..", "test-results", "functions-app");

describe("deployable Azure Functions app", () => {
  let entry: string;
  beforeAll(async () => {
    entry = await buildFunctions(outdir);
  }, 60_000);

  test("holds the bundle, host.json with the /api prefix and a package.json whose main is the bundle", () => {
    expect(existsSync(entry)).toBe(true);
    const host = JSON.parse(readFileSync(path.join(outdir, "host.json"), "utf8")) as { version: string; extensions: { http: { routePrefix: string } } };
    expect(host).toMatchObject({ version: "2.0", extensions: { http: { routePrefix: "api" } } });
    const manifest = JSON.parse(readFileSync(path.join(outdir, "package.json"), "utf8")) as { main: string; dependencies: Record<string, string> };
    expect(manifest.main).toBe("index.js");
    expect(Object.keys(manifest.dependencies)).toContain("@azure/functions");
  });

  test("loaded by Node, the bundle registers one function per route of the table", () => {
    // Outside the Functions host, @azure/functions runs in test mode and names each registration it skips.
    const { stderr, status } = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(entry)})`], {
      env: { ...process.env, AzureWebJobsStorage: "UseDevelopmentStorage=true" },
      encoding: "utf8",
    });
    expect(status).toBe(0);
    const registered = [...stderr.matchAll(/register function "(\w+)"/g)].map((match) => match[1]);
    expect(registered).toEqual(ROUTES.map((route) => route.name));
  });
});
