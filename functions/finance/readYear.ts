import { badRequest } from "../http/apiError";
import type { ApiRequest } from "../http/apiRequest";

/** The route's `{year}`: a whole year from 2000 to 2100 (400 otherwise). */
export function readYear(request: ApiRequest): number {
  const text = request.params.year ?? "";
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) {
    throw badRequest(`Année invalide « ${text} » : un entier de 2000 à 2100 est attendu.`, [{ path: "year", message: "année de 2000 à 2100 attendue" }]);
  }
  return year;
}
