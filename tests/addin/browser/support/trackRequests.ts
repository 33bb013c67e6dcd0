import type { Page, Request } from "playwright-core";

/** A page's requests in flight (the task pane's frame included). */
export interface RequestTracker {
  /** Resolves when no request is in flight (at once if none is), failing after `timeoutMs` with the ones still pending. */
  idle(timeoutMs?: number): Promise<void>;
}

/** Follows the page's requests from now on: each one is in flight from its start to its end, answered or failed. */
export function trackRequests(page: Page): RequestTracker {
  const pending = new Set<Request>();
  const waiters = new Set<() => void>();
  const ended = (request: Request) => {
    pending.delete(request);
    if (pending.size === 0) for (const waiter of [...waiters]) waiter();
  };
  page.on("request", (request) => pending.add(request));
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  return {
    idle(timeoutMs = 10_000) {
      if (pending.size === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(done);
          reject(new Error(`requests still in flight after ${timeoutMs} ms: ${[...pending].map((request) => `${request.method()} ${request.url()}`).join(", ")}`));
        }, timeoutMs);
        waiters.add(done);
      });
    },
  };
}
