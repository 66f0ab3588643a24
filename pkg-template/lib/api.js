// The public JS API over the wasm exports. Written once; scripts/build.sh emits it as
// lib/api.mjs (ESM) and lib/api.cjs (CommonJS). Logic lives in Rust: this file converts
// arguments, crosses the boundary once per call and shapes errors.

/** Thrown for misuse and for requests that cannot be built. */
class TcimError extends Error {
  constructor(code, message, diagnostics) {
    super(message);
    this.name = "TcimError";
    this.code = code;
    this.diagnostics = diagnostics || [];
  }
}

function createApi(wasm) {
  function argError(message) {
    return new TcimError("invalid_argument", message, []);
  }

  function apiName(api) {
    if (typeof api !== "string") throw argError(`api must be a string such as "group_open_http_svc/set_unread_msg_num", got ${typeof api}`);
    return api;
  }

  // JSON text is validated as written (with positions); an object is serialized first.
  function payloadText(payload, what) {
    if (typeof payload === "string") return { text: payload, positions: true };
    if (payload === null || typeof payload === "object") {
      let text;
      try {
        text = JSON.stringify(payload);
      } catch (e) {
        throw argError(`${what} cannot be serialized to JSON: ${e && e.message}`);
      }
      return { text, positions: false };
    }
    throw argError(`${what} must be an object or JSON text, got ${typeof payload}`);
  }

  function validate(api, payload) {
    const { text, positions } = payloadText(payload, "payload");
    const out = wasm.validateText(apiName(api), text, positions);
    return out === "" ? { ok: true, diagnostics: [] } : JSON.parse(out);
  }

  function randomU32() {
    return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
  }

  function buildRequest(o) {
    if (o === null || typeof o !== "object") throw argError("buildRequest takes an options object");
    const { api, body, ...params } = o;
    const { text, positions } = payloadText(body, "body");
    let options;
    try {
      options = JSON.stringify(params);
    } catch (e) {
      throw argError(`options cannot be serialized: ${e && e.message}`);
    }
    const out = JSON.parse(wasm.buildRequestJson(apiName(api), text, positions, options, randomU32()));
    if (out.error) throw new TcimError(out.error.code, out.error.message, out.error.diagnostics);
    return out.request;
  }

  function errorInfo(code) {
    if (typeof code !== "number") return null;
    const out = wasm.errorInfoJson(code);
    return out === undefined ? null : JSON.parse(out);
  }

  function endpoints() {
    return JSON.parse(wasm.endpointsJson());
  }

  return { validate, buildRequest, errorInfo, endpoints, TcimError };
}
