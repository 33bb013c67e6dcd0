import type { ServerResponse } from "node:http";

/**
 * Answers with the server's security headers and a short body: French text, or JSON (`{ error: { code,
 * message } }` for refusals the task pane reads). Nothing is written once an answer has started: the
 * connection is cut instead, so that a half-sent answer is never completed with another one.
 */
export function sendAnswer(response: ServerResponse, headers: Readonly<Record<string, string>>, status: number, body: string | { readonly json: unknown }, extra: Readonly<Record<string, string>> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (status === 204) {
    response.writeHead(204, { ...headers, ...extra }).end();
    return;
  }
  const json = typeof body !== "string";
  const text = json ? JSON.stringify(body.json) : body;
  response.writeHead(status, {
    ...headers,
    "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    ...extra,
  });
  response.end(response.req.method === "HEAD" ? undefined : text);
}

/** The JSON body of a refusal: `{ error: { code, message } }`, as the API writes its own. */
export function errorJson(code: string, message: string): { readonly json: unknown } {
  return { json: { error: { code, message } } };
}
