import { notFound } from "../../../functions/http/apiError";
import { errorResponse } from "../../../functions/http/errorResponse";
import { StorageBusyError } from "../../../functions/storage/storageBusyError";

describe("errorResponse", () => {
  const logged: string[] = [];
  const log = (line: string) => logged.push(line);
  beforeEach(() => (logged.length = 0));

  test("an ApiError keeps its status, code and French message", () => {
    expect(errorResponse(notFound("Commune inconnue : 99999."), log)).toEqual({ status: 404, json: { error: { code: "introuvable", message: "Commune inconnue : 99999." } }, headers: {} });
    expect(logged).toEqual([]);
  });

  test("storage busy with concurrent writers: 503 with the storage code's French message and Retry-After", () => {
    const response = errorResponse(new StorageBusyError("Le brouillon change sans cesse (enregistrements simultanés) : réessayez dans quelques instants."), log);
    expect(response).toEqual({
      status: 503,
      json: { error: { code: "indisponible", message: "Le brouillon change sans cesse (enregistrements simultanés) : réessayez dans quelques instants." } },
      headers: { "Retry-After": "5" },
    });
    expect(logged).toEqual([]);
  });

  test("storage out of reach (a timed-out call): 503 with the generic French message", () => {
    const aborted = Object.assign(new Error("The operation was aborted."), { name: "AbortError" });
    expect(errorResponse(aborted, log)).toMatchObject({ status: 503, json: { error: { code: "indisponible", message: expect.stringMatching(/^Service momentanément indisponible/) } } });
  });

  test("anything else: 500 with no stack trace or path in the answer, the details in the log only", () => {
    const response = errorResponse(new TypeError("Cannot read properties of undefined (reading 'x')"), log);
    expect(response.status).toBe(500);
    expect(JSON.stringify(response)).not.toMatch(/TypeError|\/work|\.ts|at /);
    expect(logged.join("\n")).toContain("TypeError");
  });
});
