import { mountApp } from "../ui/mountApp";
import { createAdhesionApi } from "../api/createAdhesionApi";
import { createApiClient } from "../api/createApiClient";
import { createLocalSignIn } from "../auth/createLocalSignIn";
import { createSessionStore } from "../auth/createSessionStore";
import { loadConfig } from "../config/loadConfig";
import { saveFile } from "../ui/saveFile";
import { createBrowserMicrosoftSignIn } from "./createBrowserMicrosoftSignIn";
import { PortalApp } from "./PortalApp";

/** The one place that reads the configuration and wires the services before the portal renders. */
async function boot(root: HTMLElement): Promise<void> {
  const config = await loadConfig();
  const session = createSessionStore();
  const client = createApiClient({ baseUrl: config.apiBase, getToken: () => session.token(), onUnauthorized: () => session.expire() });
  const services = {
    config,
    api: createAdhesionApi(client),
    session,
    signIn: config.mode === "local" ? createLocalSignIn() : createBrowserMicrosoftSignIn(config),
    now: () => new Date(),
    saveFile,
  };
  mountApp(<PortalApp services={services} />, root);
}

const root = document.getElementById("app");
if (root) {
  boot(root)
    .then(() => performance.mark("portal:first-render"))
    .catch((error: unknown) => {
      root.textContent = `Le portail n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`;
    });
}
