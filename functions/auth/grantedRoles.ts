import { hasRole, type Principal, type Role } from "./principal";

/**
 * The roles a route grants its caller for one request (PRODUCT.md §6 "Roles"): the roles the route
 * names that the token holds — the commune role only when the request concerns the caller's own
 * commune (`scope`, the route's `{insee}`; undefined on routes not about one commune). Holding
 * another role never widens what the commune role may do, and a role never gains a route it is not
 * named on. Empty: the caller may not make this request.
 */
export function grantedRoles(named: readonly Role[], principal: Principal, scope: string | undefined): Role[] {
  return named.filter((role) => hasRole(principal, role) && (role !== "commune" || scope === undefined || principal.commune === scope));
}
