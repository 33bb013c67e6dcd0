import { connect } from "node:net";

/** One TCP connection to an HTTP server, driven by hand: what is written and when is exactly what the test says. */
export interface RawHttpConnection {
  /** Writes bytes on the connection at once (no pool, no retry, no deferral). */
  send(text: string): void;
  /** The next whole response (head and Content-Length body) as text, or undefined if the server closed the connection first. */
  response(): Promise<string | undefined>;
  close(): void;
}

/** Opens a connection to the server of `url` (http://host:port). */
export function rawHttpConnection(url: string): RawHttpConnection {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = Buffer.alloc(0);
  let ended = false;
  let wake: (() => void) | undefined;
  socket.on("data", (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    wake?.();
  });
  socket.on("close", () => {
    ended = true;
    wake?.();
  });
  // A reset shows as a closed connection without response.
  socket.on("error", () => undefined);
  const nextResponse = (): string | undefined => {
    const head = received.indexOf("\r\n\r\n");
    if (head < 0) return undefined;
    const length = Number(/content-length: *(\d+)/i.exec(received.subarray(0, head).toString("latin1"))?.[1] ?? 0);
    if (received.length < head + 4 + length) return undefined;
    const text = received.subarray(0, head + 4 + length).toString("utf8");
    received = received.subarray(head + 4 + length);
    return text;
  };
  return {
    send: (text) => void socket.write(text),
    async response() {
      for (;;) {
        const text = nextResponse();
        if (text !== undefined || ended) return text;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => socket.destroy(),
  };
}
