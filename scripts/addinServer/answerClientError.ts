import type { Duplex } from "node:stream";
import { writeRawAnswer } from "./writeRawAnswer";

/** What Node's HTTP parser refused, as a status, its reason phrase and a French message. */
function refusalOf(code: string | undefined): readonly [number, string, string] {
  if (code === "HPE_HEADER_OVERFLOW") return [431, "Request Header Fields Too Large", "En-têtes ou adresse de requête trop longs."];
  if (code === "ERR_HTTP_REQUEST_TIMEOUT" || code === "ERR_HTTP_HEADERS_TIMEOUT") return [408, "Request Timeout", "Requête incomplète : délai dépassé."];
  return [400, "Bad Request", "Requête HTTP mal formée."];
}

/**
 * Answers a request Node's HTTP parser refused before the server saw it (an address with spaces or
 * control characters, an unknown method, header lines too long…): the same status Node would give
 * (400, 408, 431), but with a French message and the server's security headers instead of an empty answer.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, headers: Readonly<Record<string, string>>): void {
  // Nothing can be said on a broken connection, nor in the middle of an answer already being sent.
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (error.code === "ECONNRESET" || !socket.writable || answering) return void socket.destroy();
  const [status, reason, message] = refusalOf(error.code);
  writeRawAnswer(socket, status, reason, message, headers);
}
