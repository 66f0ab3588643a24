// Public API of tcim. Endpoint body types (Requests, Responses, every *Request/*Response
// interface) are generated from the Rust rule tables into endpoints.d.ts.
import type { ApiName, RequestOf, ResponseOf } from "./endpoints.js";
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
  readonly code: "invalid_argument" | "unknown_api" | "invalid_option" | "invalid_body" | "invalid_snapshot" | "client_action_failed" | (string & {});
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

export interface SimulatorOptions {
  /** Default 1400000000. */
  sdkAppId?: number;
  /** The app admin account, default "administrator". */
  admin?: string;
  /** When set, handle()/fetch() verify the usersig like the service. Never snapshotted. */
  secretKey?: string;
  /** Start of a manual virtual clock, Unix seconds; absent: real time. */
  now?: number;
  /** The paid "group message read receipts" switch, default true. */
  groupReadReceipts?: boolean;
  /** Enforce each endpoint's calls-per-second limit, default true. */
  rateLimit?: boolean;
}

export type ClientAction =
  | { action: "readGroup"; groupId: string; account: string; seq: number }
  | { action: "readC2c"; reader: string; peer: string; time?: number }
  | { action: "joinGroup"; groupId: string; account: string }
  | { action: "quitGroup"; groupId: string; account: string };

export interface InspectedMember { account: string; role: "Owner" | "Admin" | "Member"; joinTime: number; readSeq: number; unread: number }
export interface InspectedMessage {
  seq: number; time: number; sender: string; random: number; needReceipt: boolean; recalled: boolean;
  readNum: number | null; unreadNum: number | null; body: unknown;
}
export interface InspectedGroup {
  groupId: string; type: string; name: string; owner: string | null; nextMsgSeq: number; maxMembers: number;
  members: InspectedMember[]; messages: InspectedMessage[];
  notifications: { time: number; to: string[]; content: string }[];
}
export interface InspectedConversation { from: string; to: string; messages: number; unread: number; readTime: number; lastMsgKey: string | null }
export interface SimulatorState {
  now: number; sdkAppId: number; admin: string;
  accounts: { userId: string; nick: string; created: number }[];
  groups: InspectedGroup[];
  c2c: InspectedConversation[];
  destroyedGroups: string[];
}

/** The in-memory service. */
export declare class Simulator {
  constructor(options?: SimulatorOptions);
  /** Calls an endpoint as the app admin; answers the service's JSON object. */
  call<A extends ApiName | (string & {})>(api: A, body: RequestOf<A> | string): ResponseOf<A>;
  now(): number;
  advance(seconds: number): void;
  snapshot(): string;
  static restore(snapshot: string, options?: { secretKey?: string }): Simulator;
  inspect(): SimulatorState;
  /** Answers an HTTP request as the service would (always status 200). */
  handle(url: string, body?: string | object, method?: string): { status: number; headers: Record<string, string>; body: string };
  /** A fetch-compatible function: pass `sim.fetch.bind(sim)` (or `(i, o) => sim.fetch(i, o)`) wherever code takes a fetch. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  client(action: ClientAction): void;
  free(): void;
}

export interface GenUserSigOptions {
  sdkAppId: number;
  /** The secret key from the console, used as text. */
  key: string;
  identifier: string;
  /** Validity in seconds, default 180 days. */
  expire?: number;
  /** Issue time, Unix seconds, default now. */
  time?: number;
  /** TRTC PrivateMapKey payload (not used by IM REST). */
  userBuf?: Uint8Array;
}
export interface VerifyUserSigOptions {
  sdkAppId: number;
  key: string;
  identifier: string;
  userSig: string;
  /** Unix seconds, default now. */
  now?: number;
}
export interface UserSigVerdict {
  ok: boolean;
  /** 0, or 70001 expired, 70003 malformed, 70009 bad signature, 70013 wrong identifier, 70014 wrong SDKAppID. */
  code: number;
  message: string;
  /** Unix seconds when the ticket expires, when it could be read. */
  expireAt?: number;
}
/** Generates a UserSig (TLSSigAPIv2), as the official libraries do. */
export declare function genUserSig(o: GenUserSigOptions): string;
/** Verifies a UserSig as the service does. */
export declare function verifyUserSig(o: VerifyUserSigOptions): UserSigVerdict;

/** Browser: loads the wasm module (call once before anything else). Node: resolves at once. */
export declare function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
export default init;
/** Browser: instantiates synchronously. Node: does nothing. */
export declare function initSync(module: BufferSource | WebAssembly.Module | { module: BufferSource | WebAssembly.Module }): void;
