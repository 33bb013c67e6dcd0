/** Where a request goes: its path as sent (percent-encoded), decoded, and its query. */
export interface RequestTarget {
  /** The path as the client sent it (`/api/communes/21231`), for relaying. */
  readonly rawPath: string;
  /** The path, percent-decoded (`/taskpane.html`). */
  readonly path: string;
  /** The query with its `?`, or "". */
  readonly search: string;
}

/** A request target the server refuses, with its status and French message. */
export interface TargetProblem {
  readonly status: 400;
  readonly message: string;
}

/**
 * Reads a request's target (`request.url`): a path (`/…`, the usual form) or an absolute URL (the form
 * sent to proxies). Refused (400): anything else, percent-encoding that does not decode (`/%ff`, `/%`),
 * and control characters once decoded (`/%00`). `*` (OPTIONS * only) has no path: answered by the caller.
 */
export function requestTarget(url: string): RequestTarget | TargetProblem {
  let rawPath: string;
  let search: string;
  if (url.startsWith("/")) {
    const end = url.search(/[?#]/);
    rawPath = end === -1 ? url : url.slice(0, end);
    search = end === -1 || url[end] === "#" ? "" : url.slice(end).replace(/#.*$/, "");
  } else {
    const absolute = parseAbsolute(url);
    if (!absolute) return { status: 400, message: "Adresse de requête invalide : un chemin commençant par « / » est attendu." };
    ({ pathname: rawPath, search } = absolute);
  }
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: "Adresse invalide : chaque « % » doit y être suivi de deux chiffres hexadécimaux formant un caractère UTF-8 (encodage « %xx » incorrect)." };
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return { status: 400, message: "Adresse invalide : elle contient des caractères de contrôle." };
  return { rawPath, path, search };
}

function parseAbsolute(url: string): URL | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
