// Holds fired callback bodies to their statements (src/sim/callbacks/): each body must pass
// its command's JSON Schema (pkg/schemas/callbacks/<command>.json, Ajv draft 2020-12, strict)
// and carry no member the statement does not declare.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const dir = fileURLToPath(new URL("../../pkg/schemas/callbacks/", import.meta.url));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const bytes = (s) => new TextEncoder().encode(s).length;
ajv.addKeyword({ keyword: "x-tcim-maxBytes", type: "string", schemaType: "number", validate: (max, s) => bytes(s) <= max });
ajv.addKeyword({ keyword: "x-tcim-minBytes", type: "string", schemaType: "number", validate: (min, s) => bytes(s) >= min });
ajv.addKeyword({ keyword: "x-tcim-maxJsonBytes", type: "array", schemaType: "number", validate: (max, v) => bytes(JSON.stringify(v)) <= max });
ajv.addKeyword({ keyword: "x-tcim-clampTo" });

/** The schema of each callback command, read from the package. */
export const schemas = new Map(readdirSync(dir).map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, f), "utf8"))]));
const validators = new Map([...schemas].map(([command, schema]) => [command, ajv.compile(schema)]));

/** Why `body` is not a body of `command` as declared, or null when it is. */
export function mismatch(command, body) {
  const validate = validators.get(command);
  if (!validate) return `${command} has no statement`;
  if (!validate(body)) return `${command}: ${JSON.stringify(validate.errors)}`;
  const unknown = Object.keys(body).filter((k) => !(k in schemas.get(command).properties));
  return unknown.length ? `${command}: undeclared ${unknown.join(", ")}` : null;
}
