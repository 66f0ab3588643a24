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

  // Endpoint name → catalog index, so the hot path passes a number, not a second string.
  const indexOf = new Map();
  function endpointIndex(api) {
    let i = indexOf.get(api);
    if (i === undefined) {
      i = wasm.endpointIndex(api);
      if (indexOf.size < 1000) indexOf.set(api, i);
    }
    return i;
  }

  // Hot-path input goes straight into wasm memory with TextEncoder.encodeInto (native),
  // not wasm-bindgen's per-character copy (see src/wasm/mod.rs, INPUT).
  const encoder = new TextEncoder();
  let memory = null;
  let inputPtr = 0;
  let inputCap = 0;
  let inputView = null;
  const NO_ANSWER = 0xffffffff;
  /** Writes `text` as UTF-8 into the input buffer; returns its length in bytes, or -1. */
  function writeInput(text) {
    const need = text.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    if (need > inputCap) {
      const cap = Math.max(need, 2 * inputCap, 4096);
      inputPtr = wasm.inputBuffer(cap);
      if (inputPtr === 0) return -1;
      inputCap = cap;
      inputView = null;
    }
    // A view goes stale (length 0) whenever wasm memory grows.
    if (inputView === null || inputView.byteLength === 0) {
      if (memory === null) memory = wasm.wasmMemory();
      inputView = new Uint8Array(memory.buffer, inputPtr, inputCap);
    }
    return encoder.encodeInto(text, inputView).written;
  }

  function validate(api, payload) {
    const { text, positions } = payloadText(payload, "payload");
    const index = endpointIndex(apiName(api));
    if (index >= 0) {
      const len = writeInput(text);
      // Clean payloads answer with a number; only payloads with findings fetch the details.
      const count = len < 0 ? NO_ANSWER : wasm.validateInput(index, len, positions);
      if (count === 0) return { ok: true, diagnostics: [] };
      if (count !== NO_ANSWER) return JSON.parse(wasm.takeOutput());
    }
    const out = wasm.validateText(api, text, positions);
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

  function bodyText(body) {
    if (typeof body === "string") return body;
    return payloadText(body, "body").text;
  }

  const U32_MAX = 4294967295;
  function wholeNumber(v, what, max = Number.MAX_SAFE_INTEGER) {
    if (!Number.isInteger(v) || v < 0 || v > max) throw argError(`${what} must be a whole number from 0 to ${max}, got ${v}`);
    return v;
  }
  function text(v, what) {
    if (typeof v !== "string") throw argError(`${what} must be a string, got ${typeof v}`);
    return v;
  }
  function nowSeconds() {
    return Math.floor(Date.now() / 1000);
  }

  /** TLSSigAPIv2 UserSig, identical to the official libraries' tickets. */
  function genUserSig(o) {
    if (o === null || typeof o !== "object") throw argError("genUserSig takes an options object");
    const sdkAppId = wholeNumber(o.sdkAppId, "sdkAppId", U32_MAX);
    const expire = o.expire === undefined ? 180 * 86400 : wholeNumber(o.expire, "expire", U32_MAX);
    const time = o.time === undefined ? nowSeconds() : wholeNumber(o.time, "time", U32_MAX);
    let userBuf;
    if (o.userBuf !== undefined) {
      if (!(o.userBuf instanceof Uint8Array)) throw argError("userBuf must be a Uint8Array");
      userBuf = o.userBuf;
    }
    return wasm.genUserSig(sdkAppId, text(o.key, "key"), text(o.identifier, "identifier"), expire, time, userBuf);
  }

  /** Verifies a UserSig as the service does: `{ ok, code, message, expireAt? }`. */
  function verifyUserSig(o) {
    if (o === null || typeof o !== "object") throw argError("verifyUserSig takes an options object");
    const sdkAppId = wholeNumber(o.sdkAppId, "sdkAppId", U32_MAX);
    const now = o.now === undefined ? nowSeconds() : wholeNumber(o.now, "now");
    return JSON.parse(wasm.verifyUserSig(sdkAppId, text(o.key, "key"), text(o.identifier, "identifier"), text(o.userSig, "userSig"), now));
  }

  const JSON_HEADERS = Object.freeze({ "Content-Type": "application/json; charset=utf-8" });

  // Set while Simulator.restore builds an instance around an existing wasm simulator.
  let restoring = null;

  /** The in-memory service. Answers are the service's JSON objects. */
  class Simulator {
    #sim;

    constructor(options = {}) {
      if (restoring) {
        this.#sim = restoring;
        restoring = null;
      } else {
        if (options === null || typeof options !== "object" || Array.isArray(options)) throw argError("Simulator options must be an object");
        try {
          this.#sim = new wasm.WasmSimulator(JSON.stringify(options));
        } catch (e) {
          throw new TcimError("invalid_option", String(e && e.message ? e.message : e), []);
        }
      }
      // Bound, so `sim.fetch` can be handed around as a plain fetch function.
      this.fetch = this.fetch.bind(this);
    }

    /** Calls an endpoint as the app admin (no URL or UserSig checks). */
    call(api, body) {
      return JSON.parse(this.#sim.call(apiName(api), bodyText(body)));
    }

    /** Answers an HTTP request exactly as the service would: query string and UserSig
     * checks, then the call. Always status 200; service errors are in the JSON body. */
    handle(url, body = "", method = "POST") {
      if (typeof url !== "string") throw argError("handle takes the request URL as a string");
      if (typeof method !== "string") throw argError("method must be a string");
      const out = this.#sim.handle(method, url, bodyText(body));
      return { status: 200, headers: { ...JSON_HEADERS }, body: out };
    }

    /** A WHATWG-fetch-compatible function over handle(): pass it wherever code takes a
     * `fetch`. Accepts a string, URL or Request and the usual init. */
    async fetch(input, init = {}) {
      let url, method, body;
      if (typeof Request !== "undefined" && input instanceof Request) {
        url = input.url;
        method = (init.method || input.method || "GET").toUpperCase();
        body = init.body !== undefined ? init.body : await input.text();
      } else {
        url = input instanceof URL ? input.href : String(input);
        method = (init.method || "GET").toUpperCase();
        body = init.body;
      }
      if (body === undefined || body === null) body = "";
      else if (typeof body !== "string") body = await new Response(body).text();
      const out = this.handle(url, body, method);
      return new Response(out.body, { status: out.status, headers: out.headers });
    }

    /** The clock, in Unix seconds. */
    now() {
      return this.#sim.now();
    }

    /** Moves the clock forward by whole seconds. */
    advance(seconds) {
      if (!Number.isInteger(seconds) || seconds < 0) throw argError(`advance takes a whole number of seconds ≥ 0, got ${seconds}`);
      this.#sim.advance(seconds);
    }

    /** The whole state as versioned JSON text (never the secret key). */
    snapshot() {
      return this.#sim.snapshot();
    }

    /** A simulator identical to the snapshotted one. `options.secretKey` re-enables UserSig checks. */
    static restore(snapshot, options = {}) {
      if (typeof snapshot !== "string") throw argError("restore takes the text returned by snapshot()");
      const key = options && typeof options.secretKey === "string" ? options.secretKey : undefined;
      let inner;
      try {
        inner = wasm.WasmSimulator.restore(snapshot, key);
      } catch (e) {
        throw new TcimError("invalid_snapshot", String(e && e.message ? e.message : e), []);
      }
      restoring = inner;
      return new Simulator();
    }

    /** The state as plain data: accounts, groups (members with read positions and unread
     * counts, messages with receipt counts), one-to-one conversations, the clock. */
    inspect() {
      return JSON.parse(this.#sim.inspect());
    }

    /** A client-side action the REST API does not have, e.g.
     * `{ action: "readGroup", groupId, account, seq }`, `{ action: "readC2c", reader, peer, time? }`,
     * `{ action: "joinGroup", groupId, account }`, `{ action: "quitGroup", groupId, account }`. */
    client(action) {
      if (action === null || typeof action !== "object") throw argError("client takes an action object");
      const err = this.#sim.client(JSON.stringify(action));
      if (err !== undefined) throw new TcimError("client_action_failed", err, []);
    }

    /** Frees the wasm memory now (otherwise it is freed when garbage-collected). */
    free() {
      this.#sim.free();
    }
  }

  return { validate, buildRequest, errorInfo, endpoints, genUserSig, verifyUserSig, Simulator, TcimError };
}
