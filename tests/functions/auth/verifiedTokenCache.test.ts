import { createVerifiedTokenCache } from "../../../functions/auth/verifiedTokenCache";

const principal = { subject: "commune-21231", roles: ["commune" as const], commune: "21231" };

describe("createVerifiedTokenCache", () => {
  test("a remembered token answers until its expiry plus the tolerance, never after", () => {
    const cache = createVerifiedTokenCache(30);
    cache.remember("t", principal, 1_000 + 60, 1_000);
    expect(cache.get("t", 1_000)).toBe(principal);
    expect(cache.get("t", 1_089)).toBe(principal);
    expect(cache.get("t", 1_090)).toBeUndefined();
    expect(cache.get("t", 1_000)).toBeUndefined(); // dropped once past
  });

  test("a long-lived token is trusted five minutes at most, then checked again", () => {
    const cache = createVerifiedTokenCache(30);
    cache.remember("t", principal, 1_000 + 8 * 3_600, 1_000);
    expect(cache.get("t", 1_299)).toBe(principal);
    expect(cache.get("t", 1_300)).toBeUndefined();
  });

  test("only the exact text is recognised, an already expired token is not kept, and the oldest go first when full", () => {
    const cache = createVerifiedTokenCache(0);
    cache.remember("t", principal, 2_000, 1_000);
    expect(cache.get("t ", 1_000)).toBeUndefined();
    cache.remember("old", principal, 999, 1_000);
    expect(cache.get("old", 1_000)).toBeUndefined();
    for (let n = 0; n < 5_000; n += 1) cache.remember(`x${n}`, principal, 2_000, 1_000);
    expect(cache.get("t", 1_000)).toBeUndefined();
    expect(cache.get("x0", 1_000)).toBe(principal);
    expect(cache.get("x4999", 1_000)).toBe(principal);
  });
});
