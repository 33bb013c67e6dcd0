import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { decodeJwt } from "jose";
import { generateDevKeys, type DevKeys } from "../../../functions/auth/devKeys";
import { startAddinServer, type AddinServer } from "../../../scripts/startAddinServer";
import { isFrench } from "../../reliability/support/isFrench";
import { rawHttp } from "../../reliability/support/rawHttp";

// POST /dev/token signs development tokens for the task pane of `npm start`: only for this server's
// own pages (a page of another site must not obtain a staff token), only JSON, 12 h at most.
let folder: string;
let keys: DevKeys;
let server: AddinServer;
let port: number;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "dev-token-"));
  await writeFile(path.join(folder, "taskpane.html"), "<!doctype html><title>Volet</title>");
  keys = await generateDevKeys();
  server = await startAddinServer({ port: 0, apiUrl: "http://127.0.0.1:9", root: folder, devKeys: keys });
  port = Number(new URL(server.origin).port);
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

/** POST /dev/token as raw bytes: any Host, Origin, Sec-Fetch-Site or Content-Type. */
async function ask(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const all: Record<string, string> = { Host: `127.0.0.1:${port}`, "Content-Type": "application/json", ...headers, "Content-Length": String(Buffer.byteLength(text)) };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  const answer = await rawHttp(port, [`POST /dev/token HTTP/1.1`, ...lines].join("\r\n"), text);
  const json = (() => {
    try {
      return JSON.parse(answer.body) as { token?: string; error?: { code: string; message: string } };
    } catch {
      return {};
    }
  })();
  return { ...answer, json };
}

/** A refusal: the status, a French message naming what is wrong, the security headers, no token. */
function expectRefused(answer: Awaited<ReturnType<typeof ask>>, status: number, mentions?: RegExp) {
  expect({ status: answer.status, token: answer.json.token }).toEqual({ status, token: undefined });
  expect(isFrench(answer.json.error?.message ?? "")).toBe(true);
  if (mentions) expect(answer.json.error?.message).toMatch(mentions);
  expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
}

const lifetimeOf = (token: string) => {
  const { exp, iat } = decodeJwt(token);
  return (exp ?? 0) - (iat ?? 0);
};

describe("same origin only", () => {
  test("the task pane's own request (fetch from its page: Origin and Sec-Fetch-Site same-origin) gets a token of 8 h", async () => {
    const answer = await ask({ role: "staff" }, { Origin: `http://127.0.0.1:${port}`, "Sec-Fetch-Site": "same-origin" });
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(lifetimeOf(answer.json.token ?? "")).toBe(8 * 3600);
    expect(decodeJwt(answer.json.token ?? "")).toMatchObject({ roles: ["staff"] });
  });

  test("the pane opened as http://localhost:<port> is the same origin too", async () => {
    expect((await ask({ role: "finance" }, { Host: `localhost:${port}`, Origin: `http://localhost:${port}` })).status).toBe(200);
  });

  test.each([
    ["another site's page", { Origin: "https://evil.example" }],
    ["another site's page pointed at 127.0.0.1 by DNS (its own Host and Origin)", { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` }],
    ["a foreign Host without Origin", { Host: "evil.example" }],
    ["this host on another port", { Host: "127.0.0.1:1", Origin: "http://127.0.0.1:1" }],
    ["another local server's page", { Origin: "http://127.0.0.1:8080" }],
    ["an opaque origin (sandboxed frame, file)", { Origin: "null" }],
    ["a cross-site fetch", { "Sec-Fetch-Site": "cross-site" }],
    ["a same-site fetch from another port", { "Sec-Fetch-Site": "same-site" }],
    ["an Origin with another scheme", { Origin: `https://127.0.0.1:${port}` }],
  ])("%s: 403 in French, no token", async (_label, headers) => {
    expectRefused(await ask({ role: "staff" }, headers), 403);
  });
});

describe("JSON only", () => {
  test.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", ""])("Content-Type %p: 415 in French, no token", async (type) => {
    expectRefused(await ask({ role: "staff" }, { "Content-Type": type }), 415, /application\/json/);
  });

  test("application/json with a charset is accepted", async () => {
    expect((await ask({ role: "staff" }, { "Content-Type": "application/json; charset=utf-8" })).status).toBe(200);
  });

  test("a body that is not a JSON object, or too large: 400, 413", async () => {
    expectRefused(await ask("{"), 400);
    expectRefused(await ask("[]"), 400);
    expectRefused(await ask("null"), 400);
    expectRefused(await ask({ role: "staff", padding: "x".repeat(10_000) }), 413);
  });
});

describe("12 h at most", () => {
  test.each(["999999h", "13h", "721m", "43201s", "0s", "8 h", "1d", "", "-1h"])("expiresIn %p: 400 in French naming expiresIn, no token", async (expiresIn) => {
    expectRefused(await ask({ role: "staff", expiresIn }), 400, /expiresIn/);
  });

  test("expiresIn that is not a string: 400 naming expiresIn", async () => {
    expectRefused(await ask({ role: "staff", expiresIn: 3600 }), 400, /expiresIn/);
  });

  test("12h, 720m, 30s are given as asked", async () => {
    expect(lifetimeOf((await ask({ role: "commune", commune: "21231", expiresIn: "12h" })).json.token ?? "")).toBe(12 * 3600);
    expect(lifetimeOf((await ask({ role: "staff", expiresIn: "720m" })).json.token ?? "")).toBe(12 * 3600);
    expect(lifetimeOf((await ask({ role: "staff", expiresIn: "30s" })).json.token ?? "")).toBe(30);
  });
});

describe("development mode only", () => {
  test("without the development keys (production), the server has no /dev/token and no local config.json", async () => {
    const production = await startAddinServer({ port: 0, apiUrl: "http://127.0.0.1:9", root: folder });
    try {
      const productionPort = Number(new URL(production.origin).port);
      const answer = await rawHttp(productionPort, `POST /dev/token HTTP/1.1\r\nHost: 127.0.0.1:${productionPort}\r\nContent-Type: application/json\r\nContent-Length: 16`, '{"role":"staff"}');
      expect(answer.status).toBe(405);
      expect(answer.body).not.toContain("token");
      expect((await fetch(`${production.origin}/config.json`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });

  test("the development keys are refused when NODE_ENV is production", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(startAddinServer({ port: 0, apiUrl: "http://127.0.0.1:9", root: folder, devKeys: keys })).rejects.toThrow(/production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
