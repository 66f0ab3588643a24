// tcim control: a running server's control API (/_tcim/), one operation per run.
import { writeFileSync } from "node:fs";
import { controlClient } from "../../node/index.mjs";
import { parse, integer, UsageError } from "../flags.js";
import { readInput } from "../input.js";

/** @import { Run } from "../input.js" */

/** @param {string[]} argv @param {Run} run */
export async function control(argv, run) {
  const { T } = run;
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(T.help.control), sub ? 0 : 2;
  const { opts, rest } = parse(more, "control");
  if (opts.help) return console.log(T.help.control), 0;
  const url = opts.url ?? process.env.TCIM_URL ?? "http://127.0.0.1:8080";
  const client = controlClient(url, { token: opts.token ?? process.env.TCIM_CONTROL_TOKEN });
  const print = (/** @type {unknown} */ v) => console.log(typeof v === "string" ? v : JSON.stringify(v, null, 2));
  const call = async () => {
    switch (sub) {
      case "health": case "reset": case "inspect":
        return print(await client[sub]());
      case "clear-journal":
        return print(await client.clearJournal());
      case "export": {
        const text = await client.exportState();
        if (rest[0]) writeFileSync(rest[0], text);
        else print(text);
        return undefined;
      }
      case "import":
        if (!rest[0]) throw new UsageError(T.importNeedsFile());
        return print(await client.importState(await readInput(rest[0])));
      case "clock":
        if (opts.set !== undefined && opts.advance !== undefined) throw new UsageError(T.clockBoth());
        if (opts.set !== undefined) return print(await client.setClock({ now: /** @type {number} */ (integer(opts.set, "set", T)) }));
        if (opts.advance !== undefined) return print(await client.advance({ seconds: /** @type {number} */ (integer(opts.advance, "advance", T)) }));
        return print(await client.clock());
      case "journal":
        return print(await client.journal({ endpoint: opts.endpoint, code: integer(opts.code, "code", T), limit: integer(opts.limit, "limit", T) }));
      case "callbacks":
        return print(await client.callbacks({ command: opts.command, limit: integer(opts.limit, "limit", T) }));
      case "faults":
        if (opts.set !== undefined && opts.clear) throw new UsageError(T.faultsBoth());
        if (opts.clear) return print(await client.clearFaults());
        if (opts.set !== undefined) return print(await client.setFaults(await readInput(opts.set)));
        return print(await client.faults());
      default:
        throw new UsageError(T.unknownOperation(sub));
    }
  };
  try {
    await call();
    return 0;
  } catch (e) {
    const err = /** @type {{ code?: unknown, message: string, cause?: { code?: string, message: string } }} */ (e);
    if (err && err.code === "control_failed") return console.error(T.controlFailed(err.message)), 1;
    if (e instanceof TypeError && err.cause) return console.error(T.cannotReach(url, err.cause.code ?? err.cause.message)), 1;
    throw e;
  }
}
