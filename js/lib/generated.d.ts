// What `tcim-codegen checks` writes into lib/generated.js (built, not kept), as the modules
// here read it. The generator states the values; this states their shapes for the type check.

/** Each message template of the validator, as a function of its placeholders. */
export const MESSAGES: Record<string, (...args: any[]) => string> & { unknownApi(api: unknown): string };
export const LIMITS: Record<string, number>;
export const RULES_JSON: string;
/** The JS helper of each rule kind (the `JS` of its file under src/vocab/kinds/), made with
 * the helpers every kind shares (lib/diagnose.js). */
export function KINDS(shared: Record<string, unknown>): Record<string, unknown>;
/** A generated table function: of a JS object (DIAGNOSERS), or of the text scanner (TEXT_DIAGNOSERS). */
type Check = (v: any, base: string, seg: string | number, out: any[], d: number) => void;
/** The root function of each endpoint's request in catalog order (null where wasm answers),
 * made with the helpers of lib/diagnose.js and the kinds'. */
export function DIAGNOSERS(helpers: Record<string, unknown>): (Check | null)[];
export function TEXT_DIAGNOSERS(helpers: Record<string, unknown>): (Check | null)[];
/** The catalog (`endpoints()`), as JSON text, in English and in Chinese. */
export const ENDPOINTS_JSON: string;
export const ENDPOINTS_JSON_ZH: string;
/** Each documented error code's meaning. */
export const ERRORS: Record<number, string>;
export const ERRORS_ZH: Record<number, string>;
/** Every callback tcim fires, with its documented sample body. */
export const CALLBACK_SAMPLES: import("../endpoints.js").CallbackSample[];
/** Each endpoint's JSON Schemas, as JSON text. */
export const SCHEMAS_JSON: string;
/** The endpoints that only read (the journal skips them). */
export const READ_ONLY: string[];
