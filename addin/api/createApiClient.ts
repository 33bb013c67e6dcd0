import { ApiFailure } from "./ApiFailure";
import { failureOfResponse } from "./failureOfResponse";

/** A successful API answer. */
export interface ApiResponse<T> {
  readonly status: number;
  readonly body: T;
  readonly etag?: string;
  readonly location?: string;
}

/** A file the API sends (exports). */
export interface ApiDownload {
  readonly blob: Blob;
  readonly filename: string;
}

/** What a request carries besides its method and path. */
export interface RequestOptions {
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is instead of a JSON body (an uploaded workbook), with its media type. */
  readonly file?: { readonly blob: Blob; readonly type: string };
  readonly headers?: Readonly<Record<string, string>>;
  /** A token to send instead of the session's (asking who a new token is for, before signing in with it). */
  readonly token?: string;
}

/** The API as the task pane calls it: bearer token, JSON, French errors. */
export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  download(path: string): Promise<ApiDownload>;
}

/** How to reach the API. */
export interface ApiClientOptions {
  /** `/api` or an absolute URL. */
  readonly baseUrl: string;
  readonly getToken: () => string | undefined;
  /** The API refused the token (401): the session has expired. */
  readonly onUnauthorized: () => void;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

const NETWORK_MESSAGE = "Le service est injoignable (connexion réseau coupée ?). Rien n'est perdu : réessayez dans un instant.";
const TIMEOUT_MESSAGE = "Le service ne répond pas à temps. Rien n'est perdu : réessayez dans un instant.";

/** The API client: every failure becomes an ApiFailure (network, timeout, unauthorized, http) with a French message. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function send(method: string, path: string, request: RequestOptions, accept: string): Promise<Response> {
    const token = request.token ?? options.getToken();
    const headers: Record<string, string> = { Accept: accept, ...request.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.file) headers["Content-Type"] = request.file.type;
    else if (request.body !== undefined) headers["Content-Type"] = "application/json";
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await fetchImpl(`${options.baseUrl}/${path}`, {
        method,
        headers,
        signal: controller.signal,
        ...(request.file ? { body: request.file.blob } : request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
    } catch (error) {
      throw new ApiFailure(controller.signal.aborted ? "timeout" : "network", controller.signal.aborted ? TIMEOUT_MESSAGE : NETWORK_MESSAGE);
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      const body = await response.json().catch(() => undefined);
      const failure = failureOfResponse(response.status, body, response.headers.get("retry-after"));
      // A token given for this request only is not the session's: its refusal does not end the session.
      if (failure.kind === "unauthorized" && request.token === undefined) options.onUnauthorized();
      throw failure;
    }
    return response;
  }

  return {
    async request<T>(method: string, path: string, request: RequestOptions = {}) {
      const response = await send(method, path, request, "application/json");
      const text = await response.text();
      return {
        status: response.status,
        body: (text === "" ? undefined : JSON.parse(text)) as T,
        ...(response.headers.get("etag") ? { etag: response.headers.get("etag")! } : {}),
        ...(response.headers.get("location") ? { location: response.headers.get("location")! } : {}),
      };
    },
    async download(path: string) {
      const response = await send("GET", path, {}, "*/*");
      const disposition = response.headers.get("content-disposition") ?? "";
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split("/").at(-1) ?? "export";
      return { blob: await response.blob(), filename };
    },
  };
}
