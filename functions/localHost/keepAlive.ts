/**
 * How long the local host keeps an idle kept-alive connection, and what it tells clients.
 *
 * A server that closes an idle connection at the moment a client reuses it makes that request fail
 * (the request arrives on a socket being closed: "fetch failed", ECONNRESET; a POST is not
 * retried). Node closes an idle connection 1 s after its `keepAliveTimeout` (5 s by default, so
 * 6 s); undici's fetch keeps one 4 s, or the server's `Keep-Alive: timeout` hint less 1 s, but
 * counts that time in ticks of its own timer, which a stalled event loop does not advance. When a
 * server's event loop stalls past its idle timeout, its timer fires before it reads a request
 * already waiting on the socket, and closes the socket under it.
 *
 * So the host keeps idle connections 65 s (66 s with Node's buffer) — far beyond the clients' usual
 * few seconds, and beyond the 60 s of common proxies — and advertises 60 s, so that clients
 * following the hint close them 6 s before it does. The headers timeout is above the keep-alive
 * timeout, as Node advises.
 */
export const KEEP_ALIVE = {
  idleTimeoutMs: 65_000,
  advertisedSeconds: 60,
  headersTimeoutMs: 66_000,
} as const;
