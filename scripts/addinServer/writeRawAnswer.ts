import type { Duplex } from "node:stream";

/**
 * Writes a whole answer on a socket the HTTP server has not turned into a request (a request its
 * parser refused, a CONNECT): status line, the given headers, a French text, then closes the connection.
 */
export function writeRawAnswer(socket: Duplex, status: number, reason: string, message: string, headers: Readonly<Record<string, string>>): void {
  const body = Buffer.from(message, "utf8");
  const lines = [
    `HTTP/1.1 ${status} ${reason}`,
    ...Object.entries({ ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Length": String(body.length), Connection: "close" }).map(([name, value]) => `${name}: ${value}`),
    "",
    "",
  ];
  socket.end(Buffer.concat([Buffer.from(lines.join("\r\n"), "latin1"), body]));
}
