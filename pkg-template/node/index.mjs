// Node, ESM: the same instance as the CommonJS entry, so both can be mixed in one process.
import { createRequire } from "node:module";

const tcim = createRequire(import.meta.url)("./index.cjs");

export const { validate, buildRequest, errorInfo, endpoints, jsonSchema, genUserSig, verifyUserSig, verifyCallbackSign, Simulator, controlClient, TcimError, init, initSync } = tcim;
export default init;
