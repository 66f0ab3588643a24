"use strict";
// Node, CommonJS: the wasm module is instantiated synchronously on require; no init call.
const wasm = require("../wasm/node/tcim.js");
const { createApi } = require("../lib/api.cjs");

const api = createApi(wasm);
module.exports = {
  ...api,
  // For code shared with the browser build: nothing to wait for in Node.
  init: () => Promise.resolve(),
  initSync: () => undefined,
};
