import { forbidden } from "../http/apiError";
import type { Principal, Role } from "./principal";
import { grantedRoles } from "./grantedRoles";

/**
 * The caller as a route sees it: the token's identity with only the roles the route grants for this
 * request (see {@link grantedRoles}); 403 in French when it grants none. Handlers and the audit trail
 * see these roles only, so nothing downstream can act on a role the route does not name.
 */
export function authorizeRoute(named: readonly Role[], principal: Principal, scope: string | undefined): Principal {
  const roles = grantedRoles(named, principal, scope);
  if (roles.length > 0) return { ...principal, roles };
  if (named.includes("commune") && principal.roles.includes("commune")) {
    throw forbidden("Accès refusé : une commune ne peut consulter que ses propres données.");
  }
  throw forbidden();
}
