import { ApiError } from "../http/apiError";

/** 503 when the heavy job queue is full: nothing was done, the client may send the same request again shortly. */
export const heavyJobsBusy = () =>
  new ApiError(503, "serveur_occupe", "Le serveur traite trop de classeurs à la fois : réessayez dans quelques secondes.", [], { "Retry-After": "2" });
