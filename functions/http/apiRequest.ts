/** An HTTP request as handlers see it, whichever host received it (Azure Functions or the local host). */
export interface ApiRequest {
  /** Upper-case method. */
  readonly method: string;
  /** Route parameters (`{insee}` → `params.insee`). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** A request header, case-insensitive; undefined when absent. */
  header(name: string): string | undefined;
  /** The whole body, already read within the route's size limit. */
  readonly body: Buffer;
}
