import type { Duplex } from "node:stream";

/** How a raw answer's French message is written: plain text (task pane server) or the API's JSON error. */
export type RawAnswerFormat = "text" | "json";

/** The body and its media type for `message` in `format` (`code` names the error in JSON). */
function bodyOf(format: RawAnswerFormat, code: string, message: string): readonly [string, Buffer] {
  if (format === "json") return ["application/json; charset=utf-8", Buffer.from(JSON.stringify({ error: { code, message } }), "utf8")];
  return ["text/plain; charset=utf-8", Buffer.from(message, "utf8")];
}

/**
 * Writes a whole answer on a socket the HTTP server has not turned into a request (a request its
 * parser refused, a CONNECT): status line, the given headers, a French message, then closes the connection.
 */
export function writeRawAnswer(
  socket: Duplex,
  answer: { readonly status: number; readonly reason: string; readonly code: string; readonly message: string },
  headers: Readonly<Record<string, string>>,
  format: RawAnswerFormat = "text",
): void {
  const [type, body] = bodyOf(format, answer.code, answer.message);
  const lines = [
    `HTTP/1.1 ${answer.status} ${answer.reason}`,
    ...Object.entries({ ...headers, "Content-Type": type, "Content-Length": String(body.length), Connection: "close" }).map(([name, value]) => `${name}: ${value}`),
    "",
    "",
  ];
  socket.end(Buffer.concat([Buffer.from(lines.join("\r\n"), "latin1"), body]));
}
