// Public API of tcim. Endpoint body types (Requests, Responses, every *Request/*Response
// interface) are generated from the Rust rule tables into endpoints.d.ts, and so are the
// types of the Rust values that cross into JS (EndpointInfo, SimulatorOptions, ClientAction,
// SimulatorState and its parts).
import type { ApiName, RequestOf, ResponseOf, EndpointInfo, SimulatorOptions, CallbackOptions, ClientAction, SimulatorState, FiredCallback, CallbackBody, CallbackSample } from "./endpoints.js";
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
  /** How an editor can mend it, where it can (docs/diagnostics.md, "Quick fixes"). */
  fix?: Fix;
}

/** A quick fix: a title to show and a JSON Patch (RFC 6902) that mends the finding. */
export interface Fix {
  title: string;
  patch: PatchOp[];
}

export type PatchOp =
  | { op: "move"; from: string; path: string }
  | { op: "remove"; path: string }
  | { op: "replace"; path: string; value: unknown }
  | { op: "add"; path: string; value: unknown };

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
  readonly code: "invalid_argument" | "unknown_api" | "invalid_option" | "invalid_body" | "invalid_snapshot" | "client_action_failed" | "simulator_not_loaded" | (string & {});
  readonly diagnostics: Diagnostic[];
}

export interface ErrorInfo {
  code: number;
  message: string;
}

/** Validates a request body; reports every problem at once. */
export declare function validate(api: ApiName | (string & {}), payload: object | string, options?: ValidateOptions): ValidationResult;

export interface ValidateOptions {
  /** Give each finding an editor can mend its `fix` (off by default: finding fixes costs more
   * than the rest of validating an invalid body). */
  fixes?: boolean;
}
/** Builds the full request (URL with region host and query, headers, JSON body). Throws TcimError. */
export declare function buildRequest<A extends ApiName | (string & {})>(o: BuildRequestOptions<A>): BuiltRequest;
/** The documented meaning of an error code, or null. */
export declare function errorInfo(code: number, options?: { lang?: Lang | (string & {}) }): ErrorInfo | null;
/** The endpoint catalog. */
/** The covered endpoints; `{ lang: "zh-CN" }` gives the titles and field meanings as the
 * official Chinese pages word them. */
export declare function endpoints(options?: { lang?: Lang | (string & {}) }): EndpointInfo[];

/** The languages tcim speaks: English, and Chinese as the official Chinese pages word it
 * (tags such as "zh", "zh-Hans" or LANG's "zh_CN.UTF-8" mean "zh-CN"). */
export type Lang = "en" | "zh-CN";

/** The JSON Schemas (draft 2020-12) of an endpoint's request and response bodies, generated
 * from the rules `validate` checks; `x-tcim-` keywords state what JSON Schema cannot
 * (UTF-8 byte limits, rules between fields). Throws TcimError "unknown_api". Also in the
 * package as `tcim/schemas/<service>/<command>.request.json` (and `.response.json`), and
 * all endpoints as OpenAPI 3.1 in `tcim/openapi.json`. */
export declare function jsonSchema(api: ApiName | (string & {})): { request: JsonSchema; response: JsonSchema };

/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { [keyword: string]: unknown };

/** The in-memory service. Its wasm module is separate from the core's: Node loads it on the
 * first `new Simulator()`; browsers and bundlers call `await Simulator.load()` once first. */
export declare class Simulator {
  /** Loads the simulator's wasm module (from `input`, default: next to its glue). Safe to call
   * twice; in Node it resolves at once. */
  static load(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
  /** Every callback tcim fires, with its documented sample body. */
  static callbackSamples(): CallbackSample[];
  /** Throws TcimError "simulator_not_loaded" in a browser before `Simulator.load()`. */
  constructor(options?: SimulatorOptions & { faults?: FaultPlan | FaultRule[] | null });
  /** Calls an endpoint as the app admin; answers the service's JSON object. */
  call<A extends ApiName | (string & {})>(api: A, body: RequestOf<A> | string): ResponseOf<A>;
  /** The app it answers as (cheap, unlike `inspect`). */
  app(): { sdkAppId: number; admin: string };
  now(): number;
  advance(seconds: number): void;
  snapshot(): string;
  static restore(snapshot: string, options?: { secretKey?: string; callbacks?: Omit<CallbackOptions, "handler"> & { handler?: CallbackHandler }; faults?: FaultPlan | FaultRule[] }): Simulator;
  inspect(): SimulatorState;
  /** Answers an HTTP request as the service would (status 200; an injected fault may answer
   * 500/502/503/504, marked `fault`, or throw TcimError "connection_reset"). */
  handle(url: string, body?: string | object, method?: string): { status: number; headers: Record<string, string>; body: string; fault?: boolean };
  /** Injects faults (or none with `null`); they answer before the simulator sees a request. */
  setFaults(faults: FaultPlan | FaultRule[] | null): this;
  /** The faults in force, with how often each rule fired; null without any. */
  faults(): { seed: number; rules: (FaultRule & { fired: number })[] } | null;
  /** A fetch-compatible function, bound to this simulator: pass `sim.fetch` wherever code takes a fetch. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Runs a client action; throws `client_action_failed` when it cannot run (or the app's
   * Before-callback refuses it: joinGroup asks Group.CallbackBeforeApplyJoinGroup). */
  client(action: ClientAction): void;
  /** `client`, waiting for a Before-callback that goes over HTTP or to an async handler. */
  clientAsync(action: ClientAction): Promise<void>;
  /** Sends every fired callback to `handler`; for a Before-callback its return value is the
   * app's reply (nothing returned allows). Switches callbacks on when they were off; `null`
   * removes the handler. */
  onCallback(handler: CallbackHandler | null): this;
  /** Switches callbacks on (a URL or a handler is needed) or off (`null`). */
  setCallbacks(callbacks: (Omit<CallbackOptions, "handler"> & { handler?: CallbackHandler }) | null): this;
  /** `call`, waiting for Before-callbacks that go over HTTP or to an async handler. */
  callAsync<A extends ApiName | (string & {})>(api: A, body: RequestOf<A> | string): Promise<ResponseOf<A>>;
  /** `handle`, waiting for Before-callbacks; `clientIp` is what callbacks report as `ClientIP`. */
  handleAsync(url: string, body?: string | object, method?: string, clientIp?: string): Promise<{ status: number; headers: Record<string, string>; body: string; fault?: boolean }>;
  /** The last 1000 fired callbacks, oldest first, with the reply or the error. */
  callbackLog(): CallbackLogEntry[];
  /** Counts since the start; `waiting`: queued for HTTP delivery now. */
  callbackStats(): { fired: number; delivered: number; failed: number; dropped: number; waiting: number };
  /** Resolves when every After-callback queued for HTTP delivery has been sent. */
  callbacksSettled(): Promise<void>;
  free(): void;
}

/** The app's reply to a Before-callback: ErrorCode 0 allows (MsgBody and CloudCustomData
 * replace a message's; RefusedMembers_Account keeps those members out of an invitation),
 * 1 refuses, 2 drops a message silently; the app's own codes (120001–130000 for messages,
 * 10100–10200 for creating and joining groups) refuse with that code and ErrorInfo. */
export interface CallbackReply {
  ActionStatus?: string;
  ErrorCode: number;
  ErrorInfo?: string;
  MsgBody?: unknown[];
  CloudCustomData?: string;
  RefusedMembers_Account?: string[];
}
export type CallbackHandler = (callback: FiredCallback) => CallbackReply | void | Promise<CallbackReply | void>;
export interface CallbackLogEntry {
  time: number;
  command: string | null;
  query: Record<string, string> | null;
  body: CallbackBody | null;
  reply?: unknown;
  error?: string;
  /** How many were dropped here (the outbox or the HTTP queue was full). */
  dropped?: number;
}
export interface VerifyCallbackSignOptions {
  /** The app's callback token. */
  token: string;
  /** The `RequestTime` query parameter. */
  requestTime: string | number;
  /** The `Sign` query parameter. */
  sign: string;
  /** Unix seconds, default now. */
  now?: number;
}
/** Checks a callback's Sign as its receiver should (SHA-256 of token + RequestTime, RequestTime
 * within a minute): `code` is "ok", "bad_sign", "stale" or "invalid". */
export declare function verifyCallbackSign(o: VerifyCallbackSignOptions): { ok: boolean; code: "ok" | "bad_sign" | "stale" | "invalid"; message: string };

/** One injected fault: which requests (`endpoint` "service/command" or "*", a `probability`,
 * at most `times`, within `from`–`until` of the simulator's clock) and how it answers: an
 * `errorCode` (with `errorInfo`, default the code's meaning), an `httpStatus`, a `reset`
 * connection, and/or `latencyMs` before the answer. The first rule that fires answers. */
export interface FaultRule {
  endpoint?: string;
  probability?: number;
  times?: number;
  from?: number;
  until?: number;
  errorCode?: number;
  errorInfo?: string;
  httpStatus?: 500 | 502 | 503 | 504;
  reset?: true;
  latencyMs?: number;
}
/** Fault rules with the seed of their draws (default 1): the same seed, the same run. */
export interface FaultPlan {
  seed?: number;
  rules: FaultRule[];
}
/** One request as the server's journal keeps it (never the query: it carries the UserSig). */
export interface JournalEntry {
  /** Position since the server started, from 1. */
  seq: number;
  /** Real time, ISO 8601. */
  time: string;
  /** The simulator's clock, Unix seconds. */
  simTime: number;
  method: string;
  /** `service/command` for /v4/ requests, else the path. */
  endpoint: string;
  status: number;
  /** The answer's ErrorCode (null when the answer had none). */
  errorCode: number | null;
  ms: number;
  /** Whether an injected fault answered it. */
  fault: boolean;
}
/** The control API of a running `tcim serve` (`/_tcim/…`). Every method fails with TcimError
 * `control_failed` (and `status`) on a non-2xx answer. */
export interface ControlClient {
  health(): Promise<{ status: "ok"; version: string; endpoints: number; now: number; uptimeMs: number; requests: number; callbacks: { fired: number; delivered: number; failed: number; dropped: number; waiting: number } }>;
  /** An empty world with the server's options; the journal stays. */
  reset(): Promise<{ now: number }>;
  /** The snapshot text (as `Simulator#snapshot`). */
  exportState(): Promise<string>;
  importState(snapshot: string): Promise<{ now: number }>;
  clock(): Promise<{ now: number }>;
  /** Forward only: an earlier time is refused (400). */
  setClock(o: { now: number }): Promise<{ now: number }>;
  advance(o: { seconds: number }): Promise<{ now: number }>;
  journal(filter?: { endpoint?: string; code?: number; limit?: number }): Promise<{ total: number; entries: JournalEntry[] }>;
  clearJournal(): Promise<{ cleared: number }>;
  inspect(): Promise<SimulatorState>;
  callbacks(filter?: { command?: string; limit?: number }): Promise<{ stats: { fired: number; delivered: number; failed: number; dropped: number; waiting: number }; entries: CallbackLogEntry[] }>;
  faults(): Promise<{ seed: number | null; rules: (FaultRule & { fired: number })[] }>;
  setFaults(faults: FaultPlan | FaultRule[] | string): Promise<{ seed: number; rules: (FaultRule & { fired: number })[] }>;
  clearFaults(): Promise<{ seed: null; rules: [] }>;
}
/** A client of a running server's control API: `controlClient("http://127.0.0.1:8080", { token })`. */
export declare function controlClient(url: string, options?: { token?: string }): ControlClient;

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

/** Where `init` finds the UserSig module (default: next to its glue). */
export interface InitOptions {
  usersig?: string | URL | Request | Response | BufferSource | WebAssembly.Module;
}
/** Browser: loads the core wasm module (call once before validate, buildRequest,
 * genUserSig, verifyUserSig), and the UserSig module when the app uses genUserSig or
 * verifyUserSig. Node: resolves at once. */
export declare function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module, options?: InitOptions): Promise<void>;
export default init;
/** Browser: instantiates synchronously. Node: does nothing. */
export declare function initSync(module: BufferSource | WebAssembly.Module | { module: BufferSource | WebAssembly.Module; usersig?: BufferSource | WebAssembly.Module }): void;
