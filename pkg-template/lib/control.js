// The control API of `tcim serve`: what a test suite does to the double itself (reset it,
// export and import its state, move its clock, read the request journal and the callback
// log) under /_tcim/, which no /v4/ path can reach. One table: the server routes by it, the
// JS client and `tcim control` call through it, the README lists it.

/** [name (the client's method and the CLI's word), HTTP method, path under /_tcim/, what it does]. */
export const CONTROL_OPERATIONS = [
  ["health", "GET", "health", "is it up: version, endpoints, clock, requests served, callback counts"],
  ["reset", "POST", "reset", "an empty world with the server's options (the journal stays)"],
  ["exportState", "GET", "state", "the whole state as snapshot text (Simulator#snapshot)"],
  ["importState", "PUT", "state", "replace the state with snapshot text"],
  ["clock", "GET", "clock", "the virtual clock: { now }"],
  ["setClock", "PUT", "clock", "move the clock forward to { now } (Unix seconds)"],
  ["advance", "POST", "clock/advance", "move the clock forward by { seconds }"],
  ["journal", "GET", "journal", "the last requests, newest last; filters: endpoint, code, limit"],
  ["clearJournal", "DELETE", "journal", "forget the journal"],
  ["inspect", "GET", "inspect", "the state as plain data (Simulator#inspect)"],
  ["faults", "GET", "faults", "the injected faults, with how often each fired"],
  ["setFaults", "PUT", "faults", "replace the injected faults ({ seed?, rules })"],
  ["clearFaults", "DELETE", "faults", "inject no faults"],
  ["callbacks", "GET", "callbacks", "fired callbacks with replies or errors, and counts; filters: command, limit"],
];

/** The prefix of every control path. */
export const CONTROL_PREFIX = "/_tcim/";

/** A client of a running server's control API (`tcim serve`, `tcim exec`): one async method
 * per operation. GET operations take a filter object (the query), the others a JSON body
 * (`importState` the snapshot text). Fails with TcimError `control_failed` on any non-2xx
 * answer. `token` is the server's `--control-token`, when it has one. */
export function controlClientOver(TcimError) {
  return function controlClient(url, options = {}) {
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) throw new TcimError("invalid_argument", `controlClient takes the server's URL (http://…), got ${JSON.stringify(url)}`, []);
    const base = url.replace(/\/+$/, "");
    const headers = options.token ? { Authorization: `Bearer ${options.token}` } : {};
    const client = {};
    for (const [name, method, path] of CONTROL_OPERATIONS) {
      client[name] = async (arg) => {
        let target = `${base}${CONTROL_PREFIX}${path}`;
        const init = { method, headers: { ...headers } };
        if (method === "GET" && arg && typeof arg === "object") {
          const query = new URLSearchParams(Object.entries(arg).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
          if ([...query].length) target += `?${query}`;
        } else if (method !== "GET" && arg !== undefined) {
          init.body = typeof arg === "string" ? arg : JSON.stringify(arg);
          init.headers["Content-Type"] = "application/json";
        }
        const res = await fetch(target, init);
        const text = await res.text();
        if (!res.ok) {
          let message = text;
          try {
            message = JSON.parse(text).error.message;
          } catch {}
          const e = new TcimError("control_failed", `${method} ${CONTROL_PREFIX}${path}: HTTP ${res.status}: ${message}`, []);
          e.status = res.status;
          throw e;
        }
        return name === "exportState" ? text : JSON.parse(text);
      };
    }
    return client;
  };
}
