import { parseConfig } from "../../../addin/config/parseConfig";

describe("parseConfig", () => {
  test("local mode with the API proxied on the same origin", () => {
    expect(parseConfig({ mode: "local", apiBase: "/api" }, new URLSearchParams())).toEqual({ mode: "local", apiBase: "/api", freshnessMonths: 6 });
  });

  test("the page's ?api= wins over the file, trailing slashes removed", () => {
    expect(parseConfig({ mode: "local", apiBase: "/api" }, new URLSearchParams("api=http://127.0.0.1:7071/api/")).apiBase).toBe("http://127.0.0.1:7071/api");
  });

  test("production with an Entra ID application", () => {
    const config = parseConfig({ mode: "production", auth: { clientId: "id", authority: "https://login.microsoftonline.com/t", scopes: ["api://x/.default", 3] }, freshnessMonths: 9 }, new URLSearchParams());
    expect(config).toEqual({ mode: "production", apiBase: "/api", auth: { clientId: "id", authority: "https://login.microsoftonline.com/t", scopes: ["api://x/.default"] }, freshnessMonths: 9 });
  });

  test("a missing or broken file means production defaults, never local mode", () => {
    expect(parseConfig(undefined, new URLSearchParams())).toEqual({ mode: "production", apiBase: "/api", freshnessMonths: 6 });
    expect(parseConfig([1, 2], new URLSearchParams()).mode).toBe("production");
  });
});
