import type { z } from "zod";
import type { Principal, Role } from "../auth/principal";
import type { Services } from "../services/services";
import type { ApiRequest } from "./apiRequest";
import type { ApiResponse } from "./apiResponse";

/** What a handler receives besides the request: the caller (absent on public routes) and the services. */
export interface HandlerContext {
  readonly principal?: Principal;
  readonly services: Services;
}

/** A route handler: thin — parse, load, call the shared core, save, respond. */
export type Handler = (request: ApiRequest, context: HandlerContext) => Promise<ApiResponse>;

/** Supported HTTP methods. */
export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** One entry of the route table, served alike by Azure Functions and the local host. */
export interface RouteDefinition {
  /** Function name (unique). */
  readonly name: string;
  readonly methods: readonly Method[];
  /** Route template under `/api`, Azure Functions syntax: `submissions/{insee}/{version}`. */
  readonly route: string;
  /** `public`, or the roles allowed (each handler still checks what a commune may see). */
  readonly access: "public" | readonly Role[];
  /** Largest accepted body in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** Short French summary, for the OpenAPI document. */
  readonly summary: string;
  readonly handler: Handler;
  /** The request body, for the OpenAPI document: its schema (JSON) and accepted media types. */
  readonly body?: { readonly schema?: z.ZodType; readonly mediaTypes: readonly string[]; readonly description?: string; readonly optional?: boolean };
  /** Query parameters, for the OpenAPI document. */
  readonly query?: readonly QueryParameter[];
  /** Request headers the route reads. */
  readonly requestHeaders?: readonly ("Idempotency-Key" | "If-Match")[];
  /** Answers besides the common ones (status → French description). */
  readonly responses?: Readonly<Record<number, string>>;
  /** Media type of a successful answer (JSON when absent). */
  readonly produces?: readonly string[];
  /**
   * The body of a successful JSON answer (shared/api): the OpenAPI document describes it, the
   * add-in's client is typed from it, and the contract tests check every answer against it.
   */
  readonly response?: z.ZodType;
}

/** A query parameter, as documented. */
export interface QueryParameter {
  readonly name: string;
  readonly description: string;
  readonly type: "string" | "integer" | "boolean";
  readonly enum?: readonly string[];
  readonly required?: boolean;
}
