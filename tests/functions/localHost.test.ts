import type { AddressInfo } from "node:net";
import { jsonResponse } from "../../functions/http/apiResponse";
import type { RouteDefinition } from "../../functions/http/routeDefinition";
import { createLocalHost } from "../../functions/localHost/createLocalHost";
import { startTestApi, type TestApi } from "../support/startTestApi";

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
      await pause(100);
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
      await pause(100);
      for (const controller of abandoned) controller.abort();
      await Promise.all(requests);
      await pause(100);
      expect((await fetch(host.url)).status).toBe(503);
      host.release();
      await pause(100);
      expect((await fetch(host.url)).status).toBe(200);
    } finally {
      await host.close();
    }
  });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A local host serving one route whose handlers all wait until `release()`, with an in-flight limit. */
async function startGatedHost(maxInFlight: number): Promise<{ url: string; release(): void; close(): Promise<void> }> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow: RouteDefinition = { name: "slow", methods: ["GET"], route: "lent", access: "public", summary: "Route de test", handler: async () => (await gate, jsonResponse({ ok: true })) };
  const server = createLocalHost([slow], api.services, { maxInFlight });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/lent`,
    release: () => release(),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
