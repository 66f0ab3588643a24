// The interface of lib/diagnose.js (validation in JS, generated diagnosers' helpers), which is
// not type-checked yet: its rewrite by rule kind is under way.
import type { ValidationResult } from "./api/validate.js";

/** The findings on a JS object for the endpoint at catalog `index`, or null where wasm must answer. */
export function diagnoseObject(index: number, payload: object, fixes: boolean): ValidationResult | null;
/** The findings on JSON text for the endpoint at catalog `index`, or null where wasm must answer. */
export function diagnoseText(index: number, text: string, fixes: boolean): ValidationResult | null;
