import type { Finding } from "../../shared/checks/finding";
import type { Problem } from "../../shared/validation/problem";

/** Why a call to the API failed. */
export type ApiFailureKind = "network" | "timeout" | "unauthorized" | "http";

/** A failed API call, with a French message to show as is. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
    readonly problems: readonly Problem[] = [],
    readonly findings: readonly Finding[] = [],
    /** How long the service asks to wait before trying again (its `Retry-After`), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ApiFailure";
  }

  /** Worth retrying as is: the network, a timeout, a request still in progress (409 on an idempotent key), an overloaded or failing service. */
  get retryable(): boolean {
    if (this.kind === "network" || this.kind === "timeout") return true;
    return this.status === 429 || (this.status !== undefined && this.status >= 500) || (this.status === 409 && this.code === "conflit" && /en cours/.test(this.message));
  }
}
