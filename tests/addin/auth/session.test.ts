import { createSessionStore, type SessionState } from "../../../addin/auth/createSessionStore";
import { sessionOf } from "../../../addin/auth/sessionOf";
import type { Me } from "../../../shared/api/meSchema";

describe("sessionOf: the session is the API's reading of the token (GET /api/me)", () => {
  const me: Me = { subject: "cmartin", name: "Claire Martin", roles: ["commune", "finance"], commune: { insee: "21231", name: "Dijon", member: true }, expiresAt: "2026-12-03T18:00:00.000Z" };

  test("roles, commune, name and expiry as the API says; the preferred mode when held", () => {
    expect(sessionOf("t", me, "finance")).toEqual({
      token: "t",
      subject: "cmartin",
      roles: ["commune", "finance"],
      role: "finance",
      commune: "21231",
      communeName: "Dijon",
      name: "Claire Martin",
      expiresAt: Date.parse("2026-12-03T18:00:00.000Z"),
    });
  });

  test("a mode not held falls back to the first role; no expiry never expires by itself", () => {
    expect(sessionOf("t", { ...me, roles: ["staff"], commune: null, expiresAt: null }, "commune")).toMatchObject({ role: "staff", expiresAt: Number.POSITIVE_INFINITY });
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
  const session = (expiresAt: number) => ({ token: "t", subject: "s", roles: ["commune" as const], role: "commune" as const, commune: "21231", expiresAt });

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

  test("a person with several roles switches the mode shown, never to a role the token lacks", () => {
    const store = createSessionStore(fakeTimers().timers);
    store.signIn({ ...session(60_000), roles: ["commune", "finance"] });
    store.switchRole("finance");
    expect(store.get()).toMatchObject({ status: "active", session: { role: "finance" } });
    store.switchRole("staff");
    expect(store.get()).toMatchObject({ status: "active", session: { role: "finance" } });
  });

  test("a token already expired starts expired", () => {
    const store = createSessionStore(fakeTimers(10_000).timers);
    store.signIn(session(5_000));
    expect(store.get().status).toBe("expired");
  });
});
