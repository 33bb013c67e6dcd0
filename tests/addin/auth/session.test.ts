import { createSessionStore, type SessionState } from "../../../addin/auth/createSessionStore";
import { decodeSession } from "../../../addin/auth/decodeSession";

const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;

describe("decodeSession", () => {
  test("reads role, commune, name and expiry of a token", () => {
    expect(decodeSession(jwt({ roles: ["commune"], commune: "21231", name: "Mairie de Dijon", exp: 2000 }))).toEqual({
      token: jwt({ roles: ["commune"], commune: "21231", name: "Mairie de Dijon", exp: 2000 }),
      role: "commune",
      commune: "21231",
      name: "Mairie de Dijon",
      expiresAt: 2_000_000,
    });
  });

  test("refuses what is not a token with a known role and an expiry", () => {
    expect(decodeSession("abc")).toBeUndefined();
    expect(decodeSession("a.%%%.c")).toBeUndefined();
    expect(decodeSession(jwt({ roles: ["admin"], exp: 1 }))).toBeUndefined();
    expect(decodeSession(jwt({ roles: ["staff"] }))).toBeUndefined();
  });
});

describe("createSessionStore", () => {
  function fakeTimers(start = 0) {
    let now = start;
    let pending: { at: number; callback: () => void } | undefined;
    return {
      timers: { now: () => now, setTimeout: (callback: () => void, ms: number) => (pending = { at: now + ms, callback }), clearTimeout: () => (pending = undefined) },
      advance(ms: number) {
        now += ms;
        if (pending && pending.at <= now) pending.callback();
      },
    };
  }
  const session = (expiresAt: number) => ({ token: "t", role: "commune" as const, commune: "21231", expiresAt });

  test("expires the session by itself when the token runs out, keeping who it was", () => {
    const clock = fakeTimers();
    const store = createSessionStore(clock.timers);
    const seen: SessionState["status"][] = [];
    store.subscribe((state) => seen.push(state.status));
    store.signIn(session(60_000));
    expect(store.token()).toBe("t");
    clock.advance(59_000);
    expect(store.get().status).toBe("active");
    clock.advance(1_000);
    expect(store.get()).toEqual({ status: "expired", session: session(60_000) });
    expect(store.token()).toBeUndefined();
    expect(seen).toEqual(["active", "expired"]);
  });

  test("the API's 401 expires it; signing in again makes it active", () => {
    const store = createSessionStore(fakeTimers().timers);
    store.signIn(session(60_000));
    store.expire();
    expect(store.get().status).toBe("expired");
    store.signIn(session(120_000));
    expect(store.get().status).toBe("active");
    store.signOut();
    expect(store.get().status).toBe("signedOut");
  });

  test("a token already expired starts expired", () => {
    const store = createSessionStore(fakeTimers(10_000).timers);
    store.signIn(session(5_000));
    expect(store.get().status).toBe("expired");
  });
});
