import type { Role, Session } from "./Session";

const ROLES: readonly Role[] = ["commune", "staff", "finance"];

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads who a bearer token is for (role, commune, name, expiry) — to show it and to know when it
 * expires; the API verifies it. Undefined for anything that is not a JWT with a known role.
 */
export function decodeSession(token: string): Session | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  const role = ROLES.find((candidate) => roles.includes(candidate));
  const exp = Number(claims.exp);
  if (!role || !Number.isFinite(exp)) return undefined;
  return {
    token,
    role,
    ...(typeof claims.commune === "string" ? { commune: claims.commune } : {}),
    ...(typeof claims.name === "string" ? { name: claims.name } : {}),
    expiresAt: exp * 1000,
  };
}
