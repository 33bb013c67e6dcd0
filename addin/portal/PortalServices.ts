import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { AdhesionApi } from "../api/createAdhesionApi";
import type { ApiDownload } from "../api/createApiClient";
import type { SessionStore } from "../auth/createSessionStore";
import type { SignInMethod } from "../auth/SignInMethod";
import type { AddinConfig } from "../config/AddinConfig";

/**
 * What the portal's pages work with, wired once in main.tsx: the task pane's services without the
 * workbook (the portal works on uploaded .xlsx files, not on an open sheet).
 */
export interface PortalServices {
  readonly config: AddinConfig;
  readonly api: AdhesionApi;
  readonly session: SessionStore;
  readonly signIn: SignInMethod;
  /** The clock, read at the edge only. */
  readonly now: () => Date;
  /** Offers a downloaded file to the user. */
  readonly saveFile: (file: ApiDownload) => void;
}

const PortalContext = createContext<PortalServices | undefined>(undefined);

/** Provides the services to the portal's pages. */
export const PortalServicesProvider = PortalContext.Provider;

/** The services, in a portal page. */
export function usePortalServices(): PortalServices {
  const services = useContext(PortalContext);
  if (!services) throw new Error("PortalServices missing: render the pages inside PortalServicesProvider");
  return services;
}
