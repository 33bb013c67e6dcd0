import { mountApp } from "./ui/mountApp";
import { createAdhesionApi } from "./api/createAdhesionApi";
import { createApiClient } from "./api/createApiClient";
import { createLocalSignIn } from "./auth/createLocalSignIn";
import { createMicrosoftSignIn } from "./auth/createMicrosoftSignIn";
import { createSessionStore } from "./auth/createSessionStore";
import { loadConfig } from "./config/loadConfig";
import { hostProblem } from "./hostProblem";
import { createOfficeWorkbook } from "./office/createOfficeWorkbook";
import { openSignInDialog } from "./office/openSignInDialog";
import { readCapabilities } from "./office/readCapabilities";
import { isExcelHost, waitForOffice } from "./office/waitForOffice";
import { App } from "./ui/App";
import { saveFile } from "./ui/saveFile";
import { Unsupported } from "./ui/Unsupported";

/** The one place that waits for Office, checks the host and wires the services before anything renders. */
async function boot(root: HTMLElement): Promise<void> {
  const [host, config] = await Promise.all([waitForOffice(), loadConfig()]);
  const inExcel = isExcelHost(host);
  const capabilities = inExcel ? readCapabilities() : undefined;
  const problem = hostProblem(inExcel, capabilities);
  if (problem || !capabilities) {
    mountApp(<Unsupported {...(problem ?? { title: "", message: "" })} />, root);
    return;
  }
  const session = createSessionStore();
  const client = createApiClient({ baseUrl: config.apiBase, getToken: () => session.token(), onUnauthorized: () => session.expire() });
  const services = {
    config,
    api: createAdhesionApi(client),
    workbook: createOfficeWorkbook(capabilities),
    session,
    signIn: config.mode === "local" ? createLocalSignIn() : createMicrosoftSignIn(config, capabilities, openSignInDialog),
    now: () => new Date(),
    saveFile,
  };
  mountApp(<App services={services} />, root);
}

const root = document.getElementById("app");
if (root) {
  boot(root)
    .then(() => performance.mark("taskpane:first-render"))
    .catch((error: unknown) => {
      root.textContent = `Le volet n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`;
    });
}
