// Public API of tcim. Endpoint body types (Requests, Responses, every *Request/*Response
// interface) are generated from the Rust rule tables into endpoints.d.ts.
import type { ApiName, RequestOf } from "./endpoints.js";
export * from "./endpoints.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** JSON pointer (RFC 6901) into the payload; "" is the whole payload. */
  path: string;
  /** Stable snake_case code, e.g. "missing_field", "out_of_range", "unknown_field". */
  code: string;
  message: string;
  /** 1-based line, when the payload was JSON text. */
  line?: number;
  /** 1-based column in UTF-16 code units, when the payload was JSON text. */
  column?: number;
}

export interface ValidationResult {
  /** true when no diagnostic has severity "error". */
  ok: boolean;
  diagnostics: Diagnostic[];
}

export type RegionName = "china" | "singapore" | "seoul" | "tokyo" | "frankfurt" | "silicon-valley" | "jakarta";
export type Region =
  | RegionName
  | { host: string; scheme?: "https" | "http" }
  | { region: RegionName; backup: boolean };

export interface BuildRequestOptions<A extends string = ApiName> {
  api: A;
  /** The request body: an object typed by the endpoint, or JSON text. */
  body: RequestOf<A> | string;
  /** Default "china". */
  region?: Region;
  sdkAppId: number;
  /** The app admin account. */
  identifier: string;
  userSig: string;
  /** 32-bit unsigned; default: crypto.getRandomValues. */
  random?: number;
}

export interface BuiltRequest {
  method: "POST";
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Warnings about the body (errors throw instead). */
  diagnostics: Diagnostic[];
}

/** Thrown for misuse (code "invalid_argument") and for requests that cannot be built
 * ("unknown_api", "invalid_option", "invalid_body"). */
export declare class TcimError extends Error {
  readonly name: "TcimError";
  readonly code: "invalid_argument" | "unknown_api" | "invalid_option" | "invalid_body" | (string & {});
  readonly diagnostics: Diagnostic[];
}

export interface ErrorInfo {
  code: number;
  message: string;
}

export interface FieldInfo {
  name: string;
  /** TypeScript type of the field. */
  type: string;
  required: boolean;
  doc: string;
}

export interface EndpointInfo {
  /** Canonical name, e.g. "group_open_http_svc/set_unread_msg_num". */
  api: string;
  service: string;
  command: string;
  title: string;
  /** Calls per second per app. */
  rateLimit: number;
  /** Group type → whether the endpoint applies (present where the docs have a table). */
  groupTypes?: Record<string, boolean>;
  /** Group type → what a call does there. */
  groupTypeBehavior?: Record<string, "yes" | "no-op" | "refused">;
  needsReceiptsFeature: boolean;
  /** Endpoint-specific error codes from its page. */
  errors: number[];
  /** The documented sample request body (JSON text). */
  sample: string;
  fields: FieldInfo[];
}

/** Validates a request body; reports every problem at once. */
export declare function validate(api: ApiName | (string & {}), payload: object | string): ValidationResult;
/** Builds the full request (URL with region host and query, headers, JSON body). Throws TcimError. */
export declare function buildRequest<A extends ApiName | (string & {})>(o: BuildRequestOptions<A>): BuiltRequest;
/** The documented meaning of an error code, or null. */
export declare function errorInfo(code: number): ErrorInfo | null;
/** The endpoint catalog. */
export declare function endpoints(): EndpointInfo[];

/** Browser: loads the wasm module (call once before anything else). Node: resolves at once. */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Browser: instantiates synchronously. Node: does nothing. */
export declare function initSync(module: BufferSource | WebAssembly.Module | { module: BufferSource | WebAssembly.Module }): void;
