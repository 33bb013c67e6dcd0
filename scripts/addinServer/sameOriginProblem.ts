import type { IncomingHttpHeaders } from "node:http";

/** The host names of the loopback interface this server listens on, as a browser may write them. */
const LOOPBACK_NAMES = ["127.0.0.1", "localhost"];

/**
 * Why a request is not a same-origin request to this server on `port`, in French; undefined when it
 * is. Its `Host` must be this server's own loopback host and port (a page of another site that a DNS
 * trick points at 127.0.0.1 sends its own name); `Origin`, when sent, must be this very origin
 * (`http://<Host>`); `Sec-Fetch-Site`, when sent, must say same-origin (or none: typed by the user).
 */
export function sameOriginProblem(headers: IncomingHttpHeaders, port: number): string | undefined {
  const host = headers.host?.toLowerCase();
  if (!host || !LOOPBACK_NAMES.some((name) => host === `${name}:${port}`)) return `Hôte refusé : seules les pages servies par ce serveur (http://127.0.0.1:${port}) peuvent demander un jeton de développement.`;
  const origin = headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return "Origine refusée : seules les pages servies par ce serveur peuvent demander un jeton de développement.";
  const site = headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return "Requête d'un autre site refusée : seules les pages servies par ce serveur peuvent demander un jeton de développement.";
  return undefined;
}
