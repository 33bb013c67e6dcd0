import { hasRole, type Principal } from "../auth/principal";
import { forbidden, notFound } from "../http/apiError";
import type { Services } from "../services/services";
import { findEpci, type MemberCommune } from "./epciMembers";

/**
 * The member commune named by a route's `{insee}`, if the caller may act on it: staff and finance
 * reach every member; the commune role only its own commune (403 otherwise). The route has already
 * reduced the caller to the roles it grants (authorizeRoute); this is checked again here so that a
 * handler can never act on a commune its caller does not reach. Unknown code → 404.
 */
export function communeAccess(services: Services, principal: Principal | undefined, insee: string | undefined): MemberCommune {
  const member = findEpci(services.config.epciSiren)?.members.find((commune) => commune.insee === insee);
  if (!principal) throw forbidden();
  const isOwn = hasRole(principal, "commune") && principal.commune === insee;
  if (!isOwn && !hasRole(principal, "staff") && !hasRole(principal, "finance")) {
    throw forbidden("Accès refusé : une commune ne peut consulter que ses propres données.");
  }
  if (!member) throw notFound(`Commune ${insee ?? ""} inconnue parmi les membres de l'EPCI.`);
  return member;
}
