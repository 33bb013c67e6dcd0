import type { TokenVerifier } from "../auth/tokenVerifier";
import type { AppConfig } from "./appConfig";
import type { Store } from "../storage/store";

/** Everything handlers use from the outside world, created once per process. */
export interface Services {
  readonly config: AppConfig;
  readonly verifyToken: TokenVerifier;
  readonly store: Store;
  /** The clock (handlers pass "now" to the pure core). */
  readonly now: () => Date;
  readonly log: (message: string) => void;
}
