import type { Services } from "../services/services";
import { findEpci } from "./epciMembers";

/** The official name of each commune of the configured EPCI, by INSEE code (for the checks). */
export function officialNameOf(services: Services): (insee: string) => string | undefined {
  const members = new Map((findEpci(services.config.epciSiren)?.members ?? []).map((member) => [member.insee, member.name] as const));
  return (insee) => members.get(insee);
}
