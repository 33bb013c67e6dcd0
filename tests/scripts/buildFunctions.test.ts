import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROUTES } from "../../functions/routes/routeTable";
import { buildFunctions } from "../../scripts/buildFunctions";
import { HEAVY_JOB_WORKER_FILE_NAME } from "../../functions/workers/heavyJobWorkerFileName";

const outdir = path.resolve(__dirname, "..", "..", "test-results", "functions-app");

describe("deployable Azure Functions app", () => {
  let entry: string;
  beforeAll(async () => {
    entry = await buildFunctions(outdir);
  }, 60_000);

  test("holds the bundle, host.json with the /api prefix and a package.json whose main is the bundle, for Node.js 24", () => {
    expect(existsSync(entry)).toBe(true);
    const host = JSON.parse(readFileSync(path.join(outdir, "host.json"), "utf8")) as { version: string; extensions: { http: { routePrefix: string } } };
    expect(host).toMatchObject({ version: "2.0", extensions: { http: { routePrefix: "api" } } });
    const manifest = JSON.parse(readFileSync(path.join(outdir, "package.json"), "utf8")) as { main: string; engines: { node: string }; dependencies: Record<string, string> };
    expect(manifest.main).toBe("index.js");
    // The product runs on Node.js 24 LTS in Azure Functions.
    expect(manifest.engines).toEqual({ node: ">=24" });
    expect(Object.keys(manifest.dependencies)).toContain("@azure/functions");
    expect(Object.keys(manifest.dependencies)).toContain("piscina");
    expect(Object.keys(manifest.dependencies)).not.toContain("esbuild");
  });

  test("the heavy job worker is bundled beside the app: the template route renders through it, and it reads a workbook in plain Node", () => {
    expect(existsSync(path.join(outdir, HEAVY_JOB_WORKER_FILE_NAME))).toBe(true);
    // The app's functions, captured at registration, then called as the Functions host would call them.
    const probe = `
      const path = require("node:path");
      const [entry, worker] = process.argv.slice(1);
      const azure = require(require.resolve("@azure/functions", { paths: [path.dirname(entry)] }));
      const handlers = new Map();
      azure.app = { ...azure.app, http: (name, options) => handlers.set(name, options.handler) };
      require(entry);
      (async () => {
        const response = await handlers.get("templateXlsx")(new azure.HttpRequest({ method: "GET", url: "http://localhost/api/template.xlsx?fibre=3" }), {});
        const read = await require(worker).default({ id: 1, job: { kind: "readWorkbook", bytes: new Uint8Array(response.body) } });
        console.log(JSON.stringify({ status: response.status, zip: Buffer.from(response.body).subarray(0, 2).toString("latin1"), read: read.ok, findings: read.findings.length }));
        process.exit(0);
      })();`;
    const { stdout, stderr, status } = spawnSync(process.execPath, ["-e", probe, entry, path.join(outdir, HEAVY_JOB_WORKER_FILE_NAME)], {
      env: { ...process.env, AzureWebJobsStorage: "UseDevelopmentStorage=true", AUTH_JWKS_URL: "https://login.microsoftonline.com/tenant/discovery/v2.0/keys" },
      encoding: "utf8",
    });
    expect({ status, stderr: stderr.split("\n").filter((line) => !line.includes("register function")).join("\n").trim() }).toEqual({ status: 0, stderr: "" });
    const answer = JSON.parse(stdout) as { status: number; zip: string; read: boolean; findings: number };
    expect(answer).toMatchObject({ status: 200, zip: "PK", read: true });
    // A blank template gives no submission: the parser names what is missing.
    expect(answer.findings).toBeGreaterThan(0);
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
