/** Default largest accepted body: 1 MiB (JSON submissions are far smaller). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
