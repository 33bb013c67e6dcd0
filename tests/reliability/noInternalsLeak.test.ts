import type { AddressInfo } from "node:net";
import { request } from "node:http";
import { connect } from "node:net";
import { createLocalHost } from "../../functions/localHost/createLocalHost";
import type { RouteDefinition } from "../../functions/http/routeDefinition";
import { ROUTES } from "../../functions/routes/routeTable";
import { isFrench } from "./support/isFrench";
import { leaksInternals } from "./support/leaksInternals";
import { startTestApi, type TestApi } from "../support/startTestApi";

let api: TestApi;
let staff: string;
beforeAll(async () => {
  api = await startTestApi();
  staff = await api.token({ role: "staff" });
});
afterAll(() => api.close());

/** A raw request (node:http: nothing normalised), its status, headers and text. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; text: string; type: string }> {
  return new Promise((resolve, reject) => {
    // Content-Length as any client gives it (Node's own leaves it out for a DELETE's body: the bytes would then read as a next request).
    const framing = options.body === undefined || options.headers?.["Transfer-Encoding"] ? {} : { "Content-Length": String(Buffer.byteLength(options.body)) };
    const outgoing = request(`${api.url}${path}`, { method: options.method ?? "GET", headers: { ...framing, ...options.headers } }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text, type: String(response.headers["content-type"] ?? "") }));
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

const ODD_PARAMETERS = ["%00", "..%2F..%2Fetc%2Fpasswd", "%E0%A4%A", "'%20or%201=1", "9".repeat(400), "%F0%9F%98%80", "2A004", "-1", "1e9", "NaN"];

describe("no answer carries a stack trace, a source or install path, or an error class name", () => {
  test("every route with odd path parameters and queries, for a staff caller", async () => {
    for (const route of ROUTES) {
      for (const method of route.methods) {
        for (const odd of ODD_PARAMETERS) {
          const path = `/api/${route.route.replace(/\{(\w+)\}/g, odd)}?format=${odd}&chain=${odd}&status=${odd}&fibre=${odd}&from=${odd}&sets=${odd}&year=${odd}`;
          const answer = await raw(path, { method, headers: { Authorization: `Bearer ${staff}`, "Content-Type": "application/json" }, ...(method === "GET" ? {} : { body: "{}" }) });
          expect({ path, method, status: answer.status < 500, leak: leaksInternals(answer.text) }).toEqual({ path, method, status: true, leak: undefined });
          if (answer.status >= 400) expect({ path, french: isFrench((JSON.parse(answer.text) as { error: { message: string } }).error.message) }).toEqual({ path, french: true });
        }
      }
    }
  });

  test.each([
    ["an unknown route", "/api/nulle-part", {}],
    ["outside /api", "/../../etc/passwd", {}],
    ["a method no route has", "/api/health", { method: "PATCH" }],
    ["a method override header", "/api/audit", { method: "POST", headers: { "X-HTTP-Method-Override": "DELETE" } }],
    ["a malformed Authorization", "/api/submissions", { headers: { Authorization: "Bearer \u00e9\u00e9.\u00e9" } }],
    ["a huge token", "/api/submissions", { headers: { Authorization: `Bearer ${"a".repeat(12_000)}` } }],
    ["a JSON body declared as something else", "/api/validate", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }],
    ["an odd Content-Type", "/api/validate", { method: "POST", headers: { "Content-Type": "application/json; charset=klingon" }, body: "{}" }],
  ] as const)("%s", async (_label, path, options) => {
    const answer = await raw(path, { ...options, headers: { ...(options as { headers?: Record<string, string> }).headers } });
    expect(answer.status).toBeLessThan(500);
    expect(leaksInternals(answer.text)).toBeUndefined();
    if (answer.type.startsWith("application/json") && answer.status >= 400) expect(isFrench((JSON.parse(answer.text) as { error: { message: string } }).error.message)).toBe(true);
  });

  test("bytes the HTTP parser refuses (a body sent after a request declared without one) get a French JSON 400, not an empty answer", async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(api.url).port), "127.0.0.1");
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
      socket.end(`DELETE /api/years/2025/corrections HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${staff}\r\n\r\n{}`);
    });
    const refusal = text.slice(text.lastIndexOf("HTTP/1.1 "));
    expect(refusal).toMatch(/^HTTP\/1\.1 400 /);
    expect(refusal).toMatch(/content-type: application\/json/i);
    const body = JSON.parse(refusal.slice(refusal.indexOf("\r\n\r\n") + 4)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("requete_mal_formee");
    expect(isFrench(body.error.message)).toBe(true);
  });

  test("an unexpected failure inside a handler is a 500 with a French message and nothing else; the stack goes to the log only", async () => {
    const failing: RouteDefinition = {
      name: "failing",
      methods: ["GET"],
      route: "panne",
      access: "public",
      summary: "Route de test",
      handler: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x') at /work/main/functions/secret.ts:12:3");
      },
    };
    const server = createLocalHost([failing], api.services);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/panne`);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(leaksInternals(text)).toBeUndefined();
      expect(text).not.toMatch(/Cannot read|secret/);
      expect(isFrench((JSON.parse(text) as { error: { message: string } }).error.message)).toBe(true);
      expect(api.logs.some((line) => line.includes("secret.ts"))).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
