// Node, ESM: the same instance as the CommonJS entry (node/index.cjs, built from
// require.js), so both can be mixed in one process.
export { validate, buildRequest, errorInfo, endpoints, jsonSchema, genUserSig, verifyUserSig, verifyCallbackSign, Simulator, controlClient, TcimError, init, initSync } from "./require.js";
export { init as default } from "./require.js";
