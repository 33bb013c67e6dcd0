/**
 * Storage answered, but what was asked kept changing under the request (concurrent writers): a
 * temporary condition, answered 503 with this French message. Lets storage code say so without
 * knowing about HTTP.
 */
export class StorageBusyError extends Error {
  override readonly name = "StorageBusyError";
}
