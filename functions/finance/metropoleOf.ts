import { findEpci } from "../communes/epciMembers";
import type { Services } from "../services/services";

/** The Métropole of this deployment: the configured EPCI's SIREN, name and member communes. */
export function metropoleOf(services: Services) {
  const siren = services.config.epciSiren;
  const epci = findEpci(siren);
  return { id: siren, name: epci?.name ?? `EPCI ${siren}`, members: epci?.members ?? [] };
}
