"use strict";
// Node, CommonJS: the core wasm module is instantiated synchronously on require, so there is no
// init call; the UserSig and simulator modules likewise, on first use.
const core = require("../wasm/node/tcim.js");
const { createApi } = require("../lib/api.cjs");

let usersig = null;
let simulator = null;
const loadSimulator = () => (simulator ??= require("../wasm/node-sim/tcim_sim.js"));

const api = createApi(core, { get: () => (usersig ??= require("../wasm/node-sig/tcim_sig.js")) }, {
  get: loadSimulator,
  load: () => Promise.resolve(void loadSimulator()),
});
module.exports = {
  ...api,
  // For code shared with the browser build: nothing to wait for in Node.
  init: () => Promise.resolve(),
  initSync: () => undefined,
};
