import fc from "fast-check";
import { createServer, type Server } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { generateDevKeys } from "../../functions/auth/devKeys";
import { startAddinServer, type AddinServer } from "../../scripts/startAddinServer";
import { isFrench } from "./support/isFrench";
import { rawHttp, type RawAnswer } from "./support/rawHttp";

// Whatever a request holds, the task pane's server answers a 4xx (or 502/503 for an API out of
// reach) with a short French message and its security headers: never a 500, never an empty answer.
let folder: string;
let api: Server;
let apiBehaviour: (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void;
let server: AddinServer;
let port: number;
const logged: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "addin-errors-"));
  await writeFile(path.join(folder, "taskpane.html"), "<!doctype html><title>Volet</title>");
  api = createServer((request, response) => apiBehaviour(request, response));
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  server = await startAddinServer({
    port: 0,
    apiUrl: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    root: folder,
    devKeys: await generateDevKeys(),
    apiTimeoutMs: 500,
    log: (line) => logged.push(line),
  });
  port = Number(new URL(server.origin).port);
});
beforeEach(() => {
  apiBehaviour = (_request, response) => response.writeHead(200, { "Content-Type": "application/json" }).end('{"status":"ok"}');
});
afterAll(async () => {
  await server.close();
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

/** The answer's status is a 4xx, 502 or 503 with the security headers and a French message. */
function expectFrenchRefusal(answer: RawAnswer, status: number, label = "") {
  expect({ label, status: answer.status }).toEqual({ label, status });
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
  expect({ label, body: answer.body, french: isFrench(answer.body) }).toEqual({ label, body: answer.body, french: true });
}

const get = (target: string, headers = "") => rawHttp(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}${headers}`);

describe("malformed percent-encoding, under every path the server serves", () => {
  const targets = ["/%ff", "/%", "/%e9", "/taskpane.html%ff", "/taskpane.html%", "/office-js/%ff", "/office-js/office.js%c3", "/api/%ff", "/api/health%", "/api/communes/%zz", "/dev/token%ff", "/config.json%", "/%ff?x=1"];
  test.each(targets)("GET %s: 400 in French with the security headers", async (target) => {
    expectFrenchRefusal(await get(target), 400, target);
  });

  test("POST /dev/token%ff and HEAD /%ff too", async () => {
    expectFrenchRefusal(await rawHttp(port, `POST /dev/%ff HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 2`, "{}"), 400);
    const head = await rawHttp(port, `HEAD /%ff HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
    expect(head.status).toBe(400);
    expect(head.headers["content-security-policy"]).toContain("default-src 'self'");
  });
});

describe("other requests that could make the server fail", () => {
  test.each([
    ["an absolute URL whose host does not parse", 400, "GET http://[::1/taskpane.html HTTP/1.1"],
    ["a target that is neither a path nor a URL", 400, "GET taskpane.html HTTP/1.1"],
    ["GET *", 400, "GET * HTTP/1.1"],
    ["a NUL byte once decoded", 400, "GET /taskpane.html%00.js HTTP/1.1"],
    ["a space in the address", 400, "GET /task pane.html HTTP/1.1"],
    ["a control character in the address", 400, "GET /task\u0001pane.html HTTP/1.1"],
    ["an address of 20 000 characters", 431, `GET /${"a".repeat(20_000)} HTTP/1.1`],
    ["a malformed header line", 400, "GET /taskpane.html HTTP/1.1\r\nNot a header"],
    ["an unknown method", 400, "BREW /taskpane.html HTTP/1.1"],
    ["a body length that is not a number", 400, "POST /api/health HTTP/1.1\r\nContent-Length: abc"],
    ["CONNECT (a proxy tunnel)", 405, "CONNECT 127.0.0.1:80 HTTP/1.1"],
  ] as const)("%s: %d in French with the security headers", async (label, status, requestLine) => {
    const withHost = requestLine.includes("\r\n") ? requestLine.replace("\r\n", `\r\nHost: 127.0.0.1:${port}\r\n`) : `${requestLine}\r\nHost: 127.0.0.1:${port}`;
    expectFrenchRefusal(await rawHttp(port, withHost), status, label);
  });

  test("no Host header: 400 in French", async () => {
    expectFrenchRefusal(await rawHttp(port, "GET /taskpane.html HTTP/1.1"), 400);
  });

  test("a Host that is not an address is harmless on the static files (served), refused on /dev/token (403)", async () => {
    expect((await rawHttp(port, "GET /taskpane.html HTTP/1.1\r\nHost: a b")).status).toBe(200);
    expectFrenchRefusal(await rawHttp(port, "POST /dev/token HTTP/1.1\r\nHost: a b\r\nContent-Type: application/json\r\nContent-Length: 18", '{"role":"staff"}  '), 403);
  });

  test("an absolute-form request for a file is served like its path", async () => {
    expect((await get(`http://127.0.0.1:${port}/taskpane.html`)).status).toBe(200);
  });

  test("OPTIONS answers 204 with Allow; HEAD answers without a body; other methods 405 in French", async () => {
    const options = await rawHttp(port, `OPTIONS /taskpane.html HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
    expect([options.status, options.headers.allow, options.headers["x-content-type-options"]]).toEqual([204, "GET, HEAD, OPTIONS", "nosniff"]);
    expect((await rawHttp(port, `OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:${port}`)).status).toBe(204);
    const head = await rawHttp(port, `HEAD /taskpane.html HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
    expect([head.status, head.body]).toEqual([200, ""]);
    expectFrenchRefusal(await rawHttp(port, `PATCH /taskpane.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0`), 405);
    expectFrenchRefusal(await get("/dev/token"), 405);
    expectFrenchRefusal(await get("/missing.js"), 404);
  });

  test("200 random addresses: never a 500, every refusal in French with the security headers", async () => {
    const unit = fc.constantFrom(..."aZ09./-_~?=&#%", "%f", "%ff", "%2f", "%00", "%c3%a9", "%c3", "..", "é", "/api/", "/office-js/", "/dev/token", "\\");
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 40 }), async (suffix) => {
        const answer = await get(`/${encodeURI(suffix).replace(/%25/g, "%")}`);
        expect(answer.status).not.toBe(500);
        if (answer.status >= 400) expectFrenchRefusal(answer, answer.status, suffix);
      }),
      { numRuns: 200 },
    );
    expect(logged).toEqual([]);
  });
});

describe("relaying /api", () => {
  test("an API that is down: 502 in French, with the security headers", async () => {
    const down = await startAddinServer({ port: 0, apiUrl: "http://127.0.0.1:9", root: folder });
    try {
      const answer = await rawHttp(Number(new URL(down.origin).port), `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1`);
      expectFrenchRefusal(answer, 502);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "api_injoignable" } });
    } finally {
      await down.close();
    }
  });

  test("an API that never answers: 502 in French once it has been silent for the relay's timeout", async () => {
    apiBehaviour = () => undefined;
    const answer = await get("/api/health");
    expectFrenchRefusal(answer, 502);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "api_sans_reponse" } });
  });

  test("an API answer cut half-way is cut for the client too, never passed off as whole", async () => {
    apiBehaviour = (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
      response.write('{"partial":');
      setImmediate(() => response.socket?.destroy());
    };
    const response = await fetch(`${server.origin}/api/health`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  test("the API's answer is relayed with its status and headers (Retry-After…), and the security headers", async () => {
    apiBehaviour = (request, response) => response.writeHead(409, { "Content-Type": "application/json", "Retry-After": "7" }).end(JSON.stringify({ path: request.url }));
    const response = await fetch(`${server.origin}/api/communes/21231/submissions?x=%C3%A9`, { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    expect(response.status).toBe(409);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.json()).toEqual({ path: "/api/communes/21231/submissions?x=%C3%A9" });
  });
});
