import type { Session } from "./Session";

/** Where the session stands: signed out, signed in, or expired (input blocked until signed in again, nothing lost). */
export type SessionState = { readonly status: "signedOut" } | { readonly status: "active"; readonly session: Session } | { readonly status: "expired"; readonly session: Session };

/** The signed-in session, shared by the API client (token, 401) and the UI (overlay). */
export interface SessionStore {
  get(): SessionState;
  /** The current token while the session is active. */
  token(): string | undefined;
  signIn(session: Session): void;
  /** Shows another mode of the signed-in person (one of the roles the API recognised in the token). */
  switchRole(role: Session["role"]): void;
  /** The API refused the token, or it ran out. */
  expire(): void;
  signOut(): void;
  subscribe(listener: (state: SessionState) => void): () => void;
}

/** Timers, passed in so that expiry is testable without waiting. */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = { now: () => Date.now(), setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number) };

/** Browsers fire a timeout right away beyond this (about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** A session store that expires the session by itself when its token runs out. */
export function createSessionStore(timers: Timers = browserTimers): SessionStore {
  let state: SessionState = { status: "signedOut" };
  let timer: unknown;
  const listeners = new Set<(state: SessionState) => void>();
  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const store: SessionStore = {
    get: () => state,
    token: () => (state.status === "active" ? state.session.token : undefined),
    signIn(session) {
      timers.clearTimeout(timer);
      const left = session.expiresAt - timers.now();
      if (left <= 0) return set({ status: "expired", session });
      timer = timers.setTimeout(() => store.expire(), Math.min(left, MAX_TIMEOUT));
      set({ status: "active", session });
    },
    switchRole(role) {
      if (state.status === "signedOut" || !state.session.roles.includes(role) || state.session.role === role) return;
      set({ ...state, session: { ...state.session, role } });
    },
    expire() {
      timers.clearTimeout(timer);
      if (state.status === "active") set({ status: "expired", session: state.session });
    },
    signOut() {
      timers.clearTimeout(timer);
      set({ status: "signedOut" });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
