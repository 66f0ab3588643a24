// The public JS API over the wasm modules: the core (validation, requests), the UserSig module
// and the simulator's, each loaded by the entry that knows how (node/, web/). esbuild bundles
// this module and what it imports into lib/api.mjs (ESM, for the browser entry) and
// lib/api.cjs (CommonJS, for Node's), with lib/generated.js, which `tcim-codegen checks`
// generates from the Rust rule tables. Logic lives in Rust: these modules convert arguments,
// cross the boundary once per call and shape errors; the one exception, validation in JS (of
// objects and of JSON text, lib/diagnose.js), mirrors the Rust rules and is tested against them.
//
// Each function of the API is made over the wasm module it needs by its own factory, so that
// a bundler drops what an app does not import (web/index.js marks the calls pure): an app
// that only validates carries neither the catalog JSON nor the Simulator class.
import { validateOver } from "./validate.js";
import { buildRequestOver } from "./request.js";
import { errorInfo, endpoints, jsonSchema } from "./catalog.js";
import { genUserSigOver, verifyUserSigOver, verifyCallbackSignOver } from "./usersig.js";
import { TcimError } from "./errors.js";
import { controlClient, CONTROL_OPERATIONS, CONTROL_PREFIX } from "../control.js";
import { Simulator, simulatorOver } from "../simulator/simulator.js";

/** @import { CoreModule } from "../wasm.js" */
/** @import { UsersigHolder } from "./usersig.js" */
/** @import { SimulatorHolder } from "../simulator/loader.js" */
/** @import { TextDiagnosersSource } from "./validate.js" */

/** The whole API over the core module `wasm`, the UserSig module and the simulator module
 * (Node's entry; tests make more over a wasm of their own, without a simulator), validating
 * JSON text with the diagnosers of `textDiagnosers` (default: imported on first use).
 * @param {CoreModule} wasm
 * @param {UsersigHolder} [usersig]
 * @param {SimulatorHolder} [simulator]
 * @param {TextDiagnosersSource} [textDiagnosers] */
function createApi(wasm, usersig = { get: () => null }, simulator, textDiagnosers) {
  return {
    validate: validateOver(wasm, textDiagnosers),
    buildRequest: buildRequestOver(wasm),
    errorInfo,
    endpoints,
    jsonSchema,
    genUserSig: genUserSigOver(usersig),
    verifyUserSig: verifyUserSigOver(usersig),
    verifyCallbackSign: verifyCallbackSignOver(usersig),
    Simulator: simulator === undefined ? Simulator : simulatorOver(simulator),
    controlClient,
    TcimError,
  };
}

export { createApi, validateOver, buildRequestOver, errorInfo, endpoints, jsonSchema, genUserSigOver, verifyUserSigOver, verifyCallbackSignOver, simulatorOver, controlClient, CONTROL_OPERATIONS, CONTROL_PREFIX, TcimError };
