// What `tcim-codegen checks` writes into lib/generated.js (built, not kept), as the modules
// here read it. The generator states the values; this states their shapes for the type check.

/** Each message template of the validator, as a function of its placeholders. */
export const MESSAGES: Record<string, (...args: any[]) => string> & { unknownApi(api: unknown): string };
export const LIMITS: Record<string, number>;
export const RULES_JSON: string;
export const DIAGNOSERS: unknown[];
export const TEXT_DIAGNOSERS: unknown[];
/** The catalog (`endpoints()`), as JSON text, in English and in Chinese. */
export const ENDPOINTS_JSON: string;
export const ENDPOINTS_JSON_ZH: string;
/** Each documented error code's meaning. */
export const ERRORS: Record<number, string>;
export const ERRORS_ZH: Record<number, string>;
/** Every callback tcim fires, with its documented sample body. */
export const CALLBACK_SAMPLES: { command: string; body: Record<string, unknown> }[];
/** Each endpoint's JSON Schemas, as JSON text. */
export const SCHEMAS_JSON: string;
/** The endpoints that only read (the journal skips them). */
export const READ_ONLY: string[];
