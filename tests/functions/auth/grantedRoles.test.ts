import { authorizeRoute } from "../../../functions/auth/authorizeRoute";
import { grantedRoles } from "../../../functions/auth/grantedRoles";
import type { Principal } from "../../../functions/auth/principal";
import { ApiError } from "../../../functions/http/apiError";

const DIJON = "21231";
const referentInFinance: Principal = { subject: "p", roles: ["commune", "finance"], commune: DIJON };

describe("grantedRoles: a route admits the roles it names, the commune role for the own commune only", () => {
  test("holding finance never lets the commune role reach another commune on a commune-and-staff route", () => {
    expect(grantedRoles(["commune", "staff"], referentInFinance, "21003")).toEqual([]);
    expect(grantedRoles(["commune", "staff"], referentInFinance, DIJON)).toEqual(["commune"]);
  });

  test("on a route naming finance, the finance role reaches every commune, the commune role only its own", () => {
    expect(grantedRoles(["commune", "staff", "finance"], referentInFinance, "21003")).toEqual(["finance"]);
    expect(grantedRoles(["commune", "staff", "finance"], referentInFinance, DIJON)).toEqual(["commune", "finance"]);
  });

  test("a role never gains a route it is not named on", () => {
    expect(grantedRoles(["staff"], referentInFinance, DIJON)).toEqual([]);
    expect(grantedRoles(["finance"], { subject: "s", roles: ["staff"] }, undefined)).toEqual([]);
  });

  test("routes about no commune admit the commune role as named", () => {
    expect(grantedRoles(["commune", "staff", "finance"], referentInFinance, undefined)).toEqual(["commune", "finance"]);
  });
});

describe("authorizeRoute", () => {
  test("the handler sees only the granted roles", () => {
    expect(authorizeRoute(["commune", "staff", "finance"], referentInFinance, "21003").roles).toEqual(["finance"]);
  });

  test("refusals are 403 in French, saying why for a commune reaching another commune", () => {
    const refusal = (() => {
      try {
        authorizeRoute(["commune", "staff"], referentInFinance, "21003");
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).status).toBe(403);
    expect((refusal as ApiError).message).toBe("Accès refusé : une commune ne peut consulter que ses propres données.");
  });
});
