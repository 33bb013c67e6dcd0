import { createConnection, createServer, type Server, type Socket } from "node:net";

/**
 * What the proxy does with connections: `pass` forwards them; `reset` cuts every live connection
 * and resets each new one as soon as it sends a byte (a request sent, never answered); `refuse`
 * stops listening (connection refused); `blackhole` accepts and never answers; `lossy` forwards,
 * but cuts a connection instead of passing on a response, at the rate given to `setMode` (the
 * storage did the work, the API never hears of it: its SDK retries a request already applied).
 */
export type ProxyMode = "pass" | "reset" | "refuse" | "blackhole" | "lossy";

/** A TCP proxy in front of a storage endpoint, to cut the API off its storage on demand. */
export interface FaultProxy {
  readonly port: number;
  /** Connections accepted so far, and those cut by a fault. */
  readonly stats: { accepted: number; cut: number };
  setMode(mode: ProxyMode, lossRate?: number): Promise<void>;
  /** Cuts the connection instead of passing on the next `count` responses (in any mode that forwards). */
  loseNextAnswers(count: number): void;
  /** Holds every response this long before passing it on (a slow storage); 0 to stop. */
  delayAnswers(ms: number): void;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

/** Starts a proxy on a free loopback port forwarding to `targetPort` on loopback. */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  let mode: ProxyMode = "pass";
  let lossRate = 0;
  let toLose = 0;
  let delayMs = 0;
  const live = new Set<Socket>();
  const stats = { accepted: 0, cut: 0 };
  const cut = (socket: Socket) => {
    stats.cut += 1;
    socket.resetAndDestroy();
  };
  const server = createServer((client) => {
    stats.accepted += 1;
    client.on("error", () => undefined);
    if (mode === "blackhole") {
      live.add(client);
      client.on("close", () => live.delete(client));
      client.resume();
      return;
    }
    if (mode !== "pass" && mode !== "lossy") {
      live.add(client);
      client.on("close", () => live.delete(client));
      client.once("data", () => cut(client));
      return;
    }
    const upstream = createConnection({ host: "127.0.0.1", port: targetPort });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    live.add(client);
    live.add(upstream);
    client.on("close", () => {
      live.delete(client);
      upstream.destroy();
    });
    upstream.on("close", () => {
      live.delete(upstream);
      client.destroy();
    });
    client.pipe(upstream);
    upstream.on("data", (chunk: Buffer) => {
      const lose = toLose > 0 || (mode === "lossy" && Math.random() < lossRate);
      if (lose) {
        toLose = Math.max(0, toLose - 1);
        cut(client);
        upstream.destroy();
      } else if (delayMs > 0) {
        upstream.pause();
        setTimeout(() => {
          client.write(chunk);
          upstream.resume();
        }, delayMs);
      } else client.write(chunk);
    });
  });
  const port = await listen(server, 0);
  return {
    port,
    stats,
    async setMode(next, rate = 0.2) {
      lossRate = rate;
      if (next !== "pass" && next !== "lossy") for (const socket of [...live]) cut(socket);
      if (next === "refuse" && mode !== "refuse") await new Promise<void>((resolve) => server.close(() => resolve()));
      if (next !== "refuse" && mode === "refuse") await listen(server, port);
      mode = next;
    },
    loseNextAnswers(count) {
      toLose = count;
    },
    delayAnswers(ms) {
      delayMs = ms;
    },
    async close() {
      for (const socket of [...live]) socket.destroy();
      if (mode !== "refuse") await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The connection string with its blob and table endpoints moved to other ports (the proxies'). */
export function throughPorts(connectionString: string, ports: { blob: number; table: number }): string {
  return connectionString
    .replace(/(BlobEndpoint=http:\/\/127\.0\.0\.1:)\d+/, `$1${ports.blob}`)
    .replace(/(TableEndpoint=http:\/\/127\.0\.0\.1:)\d+/, `$1${ports.table}`);
}

/** The blob and table ports of an Azurite connection string. */
export function portsOf(connectionString: string): { blob: number; table: number } {
  const port = (name: string) => Number(new RegExp(`${name}=http://127\\.0\\.0\\.1:(\\d+)`).exec(connectionString)?.[1]);
  return { blob: port("BlobEndpoint"), table: port("TableEndpoint") };
}
