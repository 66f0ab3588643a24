// Copyable commands for a built request: curl, fetch, Python requests.

/** Single-quotes a string for POSIX shells. */
function shellQuote(s) {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

export function curlCommand(url, body) {
  return `curl -X POST ${shellQuote(url)} \\\n  -H 'Content-Type: application/json' \\\n  --data-binary ${shellQuote(body)}`;
}

export function fetchCommand(url, body) {
  return `const res = await fetch(${JSON.stringify(url)}, {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(body)},\n});\nconsole.log(await res.json());`;
}

export function pythonCommand(url, body) {
  // A JSON string literal is also a valid Python string literal.
  return `import requests\n\nres = requests.post(\n    ${JSON.stringify(url)},\n    data=${JSON.stringify(body)}.encode("utf-8"),\n    headers={"Content-Type": "application/json"},\n)\nprint(res.json())`;
}
