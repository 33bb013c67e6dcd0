import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { AdhesionApi } from "../api/createAdhesionApi";
import type { ApiDownload } from "../api/createApiClient";
import type { SessionStore } from "../auth/createSessionStore";
import type { SignInMethod } from "../auth/SignInMethod";
import type { AddinConfig } from "../config/AddinConfig";
import type { WorkbookPort } from "../workbook/WorkbookPort";

/** What the views work with, wired once in main.ts (the browser tests wire the same, over a stand-in workbook). */
export interface AppServices {
  readonly config: AddinConfig;
  readonly api: AdhesionApi;
  readonly workbook: WorkbookPort;
  readonly session: SessionStore;
  readonly signIn: SignInMethod;
  /** The clock, read at the edge only. */
  readonly now: () => Date;
  /** Offers a downloaded file to the user. */
  readonly saveFile: (file: ApiDownload) => void;
}

const ServicesContext = createContext<AppServices | undefined>(undefined);

/** Provides the services to the views. */
export const ServicesProvider = ServicesContext.Provider;

/** The services, in a view. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("AppServices missing: render the views inside ServicesProvider");
  return services;
}
