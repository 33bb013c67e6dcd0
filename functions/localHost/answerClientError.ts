import type { Duplex } from "node:stream";
import { writeRawAnswer, type RawAnswerFormat } from "./writeRawAnswer";

/** What Node's HTTP parser refused, as a status, its reason phrase, an error code and a French message. */
function refusalOf(code: string | undefined) {
  if (code === "HPE_HEADER_OVERFLOW") return { status: 431, reason: "Request Header Fields Too Large", code: "entetes_trop_longs", message: "En-têtes ou adresse de requête trop longs." };
  if (code === "ERR_HTTP_REQUEST_TIMEOUT" || code === "ERR_HTTP_HEADERS_TIMEOUT") return { status: 408, reason: "Request Timeout", code: "delai_depasse", message: "Requête incomplète : délai dépassé." };
  return {
    status: 400,
    reason: "Bad Request",
    code: "requete_mal_formee",
    message: "Requête HTTP mal formée (par exemple un corps envoyé sans Content-Length ni Transfer-Encoding: chunked).",
  };
}

/**
 * Answers a request Node's HTTP parser refused before the server saw it (an address with spaces or
 * control characters, an unknown method, header lines too long, bytes left over after a request
 * declared without a body…): the same status Node would give (400, 408, 431), but with a French
 * message and the server's security headers instead of an empty answer.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, headers: Readonly<Record<string, string>>, format: RawAnswerFormat = "text"): void {
  // Nothing can be said on a broken connection, nor in the middle of an answer already being sent.
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (error.code === "ECONNRESET" || !socket.writable || answering) return void socket.destroy();
  writeRawAnswer(socket, refusalOf(error.code), headers, format);
}
