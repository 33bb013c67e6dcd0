import type { AddressInfo } from "node:net";
import { jsonResponse } from "../../functions/http/apiResponse";
import type { RouteDefinition } from "../../functions/http/routeDefinition";
import { createLocalHost } from "../../functions/localHost/createLocalHost";
import { KEEP_ALIVE } from "../../functions/localHost/keepAlive";
import { startTestApi, type TestApi } from "../support/startTestApi";
import { rawHttpConnection } from "./support/rawHttpConnection";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("local host", () => {
  test("health answers 200 with the storage reachable", async () => {
    const response = await api.call("health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", storage: "ok" });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("the catalogue is public and lists the 3 sets and 16 domains in French", async () => {
    const body = (await (await api.call("catalogue")).json()) as { sets: unknown[]; domains: { label: string }[] };
    expect(body.sets).toHaveLength(3);
    expect(body.domains).toHaveLength(16);
    expect(body.domains[14]?.label).toBe("Environnement & Action économique");
  });

  test("an unknown route is a 404 with a French message", async () => {
    const response = await api.call("nothing-here");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/introuvable/);
  });

  test("a wrong method is a 405 naming the allowed ones", async () => {
    const response = await api.call("health", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  test("paths outside /api are 404", async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(404);
  });

  test("beyond its in-flight limit it answers 503 with Retry-After at once, and serves again once requests end", async () => {
    const host = await startGatedHost(2);
    try {
      const held = [fetch(host.url), fetch(host.url)];
      await host.entered(2);
      const refused = await fetch(host.url);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("2");
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/trop de demandes/);
      host.release();
      expect((await Promise.all(held)).map((response) => response.status)).toEqual([200, 200]);
      expect((await fetch(host.url)).status).toBe(200);
    } finally {
      await host.close();
    }
  });

  test("a request its client abandoned still counts until its handler ends", async () => {
    const host = await startGatedHost(2);
    try {
      const abandoned = [new AbortController(), new AbortController()];
      const requests = abandoned.map((controller) => fetch(host.url, { signal: controller.signal }).catch(() => undefined));
      await host.entered(2);
      for (const controller of abandoned) controller.abort();
      await Promise.all(requests);
      await host.socketsClosed(2);
      expect((await fetch(host.url)).status).toBe(503);
      host.release();
      expect((await fetch(host.url)).status).toBe(200);
    } finally {
      await host.close();
    }
  });

  test("it keeps idle connections longer than it advertises, and far longer than clients' usual few seconds", async () => {
    const response = await api.call("health");
    expect(response.headers.get("keep-alive")).toBe(`timeout=${KEEP_ALIVE.advertisedSeconds}`);
    expect(KEEP_ALIVE.idleTimeoutMs).toBeGreaterThan(KEEP_ALIVE.advertisedSeconds * 1000);
    expect(KEEP_ALIVE.headersTimeoutMs).toBeGreaterThan(KEEP_ALIVE.idleTimeoutMs);
  });

  test("a kept-alive connection reused right after the event loop stalled 7 s still answers (with Node's 5 s default, the server reset it)", async () => {
    const connection = rawHttpConnection(api.url);
    try {
      connection.send("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
      expect((await connection.response())?.split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
      // The server's event loop stalls (the whole process here: the test hosts the server) past
      // Node's default idle timeout, 6 s in fact; fetch's pool would still take the connection as
      // fresh (its idle clock only moves when its timer runs).
      const until = Date.now() + 7_000;
      while (Date.now() < until);
      // The client reuses the connection at once; the server reads the request only after its due
      // timers have run. With the default timeout, its idle timer fired first and reset the connection.
      connection.send("POST /api/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
      expect((await connection.response())?.split("\r\n")[0]).toMatch(/^HTTP\/1\.1 [1-4]\d\d /);
    } finally {
      connection.close();
    }
  });
});

/** A local host serving one route whose handlers all wait until `release()`, with an in-flight limit; its events awaited, never timed. */
async function startGatedHost(maxInFlight: number): Promise<{ url: string; release(): void; entered(count: number): Promise<void>; socketsClosed(count: number): Promise<void>; close(): Promise<void> }> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const counts = { entered: 0, closed: 0 };
  const waiting: (() => void)[] = [];
  const changed = () => waiting.splice(0).forEach((wake) => wake());
  const reached = async (key: keyof typeof counts, count: number) => {
    while (counts[key] < count) await new Promise<void>((wake) => waiting.push(wake));
  };
  const handler = async () => {
    counts.entered += 1;
    changed();
    await gate;
    return jsonResponse({ ok: true });
  };
  const slow: RouteDefinition = { name: "slow", methods: ["GET"], route: "lent", access: "public", summary: "Route de test", handler };
  const server = createLocalHost([slow], api.services, { maxInFlight });
  server.on("connection", (socket) =>
    socket.once("close", () => {
      counts.closed += 1;
      changed();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/lent`,
    release: () => release(),
    entered: (count) => reached("entered", count),
    socketsClosed: (count) => reached("closed", count),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
