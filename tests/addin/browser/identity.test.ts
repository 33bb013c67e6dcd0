import { signToken } from "../../support/signToken";
import { startBrowserHarness, type BrowserHarness, type HarnessPage } from "./support/startBrowserHarness";

jest.setTimeout(120_000);

// Issue 8 §1: the pane decoded the token and read only `claims.commune`; with the commune in an
// Entra ID extension attribute (AUTH_COMMUNE_CLAIM) the API accepted the token but the pane said
// « aucune commune ». The pane now takes who is signed in from GET /api/me.
describe("who is signed in comes from the API, whatever claim carries the commune", () => {
  let harness: BrowserHarness;
  let tab: HarnessPage;

  beforeAll(async () => {
    harness = await startBrowserHarness({ apiEnv: { AUTH_COMMUNE_CLAIM: "extension_codeInsee" } });
    tab = await harness.open();
    // The identity provider's token: two roles, the commune in an extension attribute, no `commune` claim.
    const token = await signToken(harness.api.keys, { roles: ["commune", "finance"], extension_codeInsee: "21166", name: "Claire Martin", sub: "cmartin" });
    await tab.page.route("**/dev/token", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify({ token }) }));
  });
  afterAll(async () => {
    await harness?.close();
  });

  test("a référent who also works in finance: the commune read from the configured claim, and a choice of space", async () => {
    const { pane } = tab;
    await pane.getByRole("button", { name: "Se connecter" }).click();
    await pane.getByText("Claire Martin · Chenôve (21166)").waitFor();
    await pane.getByRole("button", { name: "Préparer la feuille" }).waitFor();
    await tab.screenshot("identite-01-commune-depuis-api");
    await pane.getByLabel("Espace").selectOption("finance");
    await pane.getByRole("heading", { name: "Quotes-parts" }).waitFor();
    expect(await pane.getByText("aucune commune").count()).toBe(0);
    await tab.screenshot("identite-02-espace-finances");
  });
});
