import { LIMITS } from "./generated.js";

// The JSON text scanner of the JS validators (lib/diagnose.js `diagnoseText`): the generated
// `s` functions read members off it, in the manner of src/validate/stream.rs and
// src/vocab/scan.rs, and check each value with the kinds' helpers. What the stream validator
// leaves to its tree validator (escapes in keys and checked strings, `\u` escapes, fractions,
// exponents, `-0`, integers beyond 2^53, syntax errors, a body that is not an object) and
// repeated keys are left to wasm here: `ask` throws for them.
// (A factory, called by lib/diagnose.js on first use: an app that never validates text
// carries none of its state.)
/** @param {() => never} ask */
function textScanner(ask) {
  const MAX_DEPTH = LIMITS.maxDepth;
  class Scanner {
    constructor() {
      /** The text, for slicing strings out of it. */
      this.s = "";
      /** Its UTF-16 code units, and a 0 after them (which ends every loop below: a control
       * character is never part of what the scanner accepts). A typed array: reading one
       * is several times faster than `charCodeAt`. */
      /** @type {Uint8Array | Uint16Array} */
      this.b = ASCII_BUFFER;
      this.i = 0;
      /** The largest code unit of the last string value read (see `plainString`). */
      this.max = 0;
      /** Where the last key read starts and ends, and its hash (see `key`). */
      this.ks = 0;
      this.ke = 0;
      this.h = 0;
      /** Whether a line break has been read (the only place one can be is whitespace). */
      this.lines = false;
      /** The offset each diagnostic points at, parallel to the output (see `place`). */
      /** @type {number[]} */
      this.offsets = [];
      /** Unknown keys of the objects being read (known ones are bits in their function). */
      /** @type {string[]} */
      this.unknown = [];
    }
  }
  // The code units of the last text read, reused while texts are of moderate size. An ASCII
  // text (all real payloads but those with non-English text) is written by TextEncoder,
  // natively, since its UTF-8 bytes are its code units; any other is copied unit by unit.
  const KEPT = 1 << 16;
  let ASCII_BUFFER = new Uint8Array(1024);
  let UNITS_BUFFER = new Uint16Array(0);
  const encoder = new TextEncoder();

  /** `text`'s code units, followed by a 0.
   * @param {string} text */
  function codeUnits(text) {
    const n = text.length;
    if (ASCII_BUFFER.length <= n) {
      const grown = new Uint8Array(Math.max(n + 1, 2 * ASCII_BUFFER.length));
      if (grown.length > KEPT) return unitsOf(text, grown);
      ASCII_BUFFER = grown;
    }
    return unitsOf(text, ASCII_BUFFER);
  }
  /** @param {string} text @param {Uint8Array} bytes */
  function unitsOf(text, bytes) {
    const n = text.length;
    const { read, written } = encoder.encodeInto(text, bytes);
    /** @type {Uint8Array | Uint16Array} */
    let units = bytes;
    if (read !== n || written !== n) {
      const wide = UNITS_BUFFER.length > n ? UNITS_BUFFER : new Uint16Array(n + 1);
      if (wide.length <= KEPT) UNITS_BUFFER = wide;
      for (let i = 0; i < n; i++) wide[i] = text.charCodeAt(i);
      units = wide;
    }
    units[n] = 0;
    return units;
  }

  const scanner = new Scanner();
  // What a container stands for where a scalar belongs: only its kind shows in messages.
  const EMPTY_OBJECT = Object.freeze({});
  const EMPTY_ARRAY = Object.freeze(/** @type {unknown[]} */ ([]));

  /** @param {Scanner} p */
  function ws(p) {
    const b = p.b;
    let i = p.i;
    for (;;) {
      const c = b[i];
      if (c === 32 || c === 13 || c === 9) i++;
      else if (c === 10) {
        p.lines = true;
        i++;
      } else break;
    }
    p.i = i;
  }

  /** Steps into the object or array at the cursor; false when it is empty (then past it). */
  /** @param {Scanner} p @param {number} d */
  function enter(p, d) {
    if (d > MAX_DEPTH) ask();
    const b = p.b;
    const close = b[p.i] + 2; // `{` → `}`, `[` → `]`
    p.i++;
    if (b[p.i] <= 32) ws(p);
    if (b[p.i] !== close) return true;
    p.i++;
    return false;
  }

  /** After a member or item: true past a `,`, false past the container's end `close`. */
  /** @param {Scanner} p @param {number} close */
  function more(p, close) {
    const b = p.b;
    // (Whitespace is tested for before `ws` is called: compact JSON has none.)
    if (b[p.i] <= 32) ws(p);
    const c = b[p.i++];
    if (c === 44) {
      if (b[p.i] <= 32) ws(p);
      return true;
    }
    return c === close ? false : ask();
  }

  /** A string without escapes or control characters; its largest code unit in `p.max`
   * (so the generated checks know it printable ASCII, or free of surrogates, unread). */
  /** @param {Scanner} p */
  function plainString(p) {
    const b = p.b;
    if (b[p.i] !== 34) ask();
    const start = p.i + 1;
    let i = start;
    let max = 0;
    for (;;) {
      const c = b[i];
      if (c === 34) break;
      if (c === 92 || c < 32) ask();
      if (c > max) max = c;
      i++;
    }
    p.max = max;
    p.i = i + 1;
    return p.s.slice(start, i);
  }

  /** Reads a member's key and the `:` after it, leaving the cursor on the value: the key
   * is from `p.ks` to `p.ke`, its hash in `p.h` (src/codegen.rs `key_hash`), by which the
   * generated code finds which it is before it compares it (`same`). (Its own loop, not
   * `plainString`'s: one loop keeping both the hash and the largest unit for every string
   * cost ~6 % on small invalid texts in `node scripts/bench.mjs`.) */
  /** @param {Scanner} p */
  function key(p) {
    const b = p.b;
    if (b[p.i] !== 34) ask();
    const start = p.i + 1;
    let i = start;
    let h = 0;
    for (;;) {
      const c = b[i];
      if (c === 34) break;
      if (c === 92 || c < 32) ask();
      h = (Math.imul(h, 31) + c) | 0;
      i++;
    }
    p.ks = start;
    p.ke = i;
    p.h = h;
    p.i = i + 1;
    if (b[p.i] <= 32) ws(p);
    if (b[p.i] !== 58) ask();
    p.i++;
    if (b[p.i] <= 32) ws(p);
  }

  /** Whether the key `key` read is the one whose code units are `name`. (Comparing them
   * in place: the string a key's slice makes is slow to compare once it is 13 characters or
   * more, when V8 makes it a view into the text.) */
  /** @param {Scanner} p @param {number[]} name */
  function same(p, name) {
    const b = p.b;
    const start = p.ks;
    if (p.ke - start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (b[start + i] !== name[i]) return false;
    return true;
  }

  /** An integer as serde_json reads one, within ±2^53. */
  /** @param {Scanner} p */
  function integer(p) {
    const b = p.b;
    let i = p.i;
    const negative = b[i] === 45;
    if (negative) i++;
    const start = i;
    let v = 0;
    for (;;) {
      const c = b[i];
      if (!(c >= 48 && c <= 57)) break;
      v = v * 10 + (c - 48);
      i++;
    }
    const n = i - start;
    const next = b[i];
    if (n === 0 || n > 15 || (n > 1 && b[start] === 48) || next === 46 || next === 101 || next === 69 || (negative && v === 0)) ask();
    p.i = i;
    return negative ? -v : v;
  }

  /** The scalar at the cursor as a JS value (a container as an empty one). Kept small, so
   * V8 inlines it into the generated functions: the rarer values are `otherValue`'s. */
  /** @param {Scanner} p @param {number} d @returns {unknown} */
  function scalar(p, d) {
    const c = p.b[p.i];
    if (c === 34) return plainString(p);
    if (c === 45 || (c >= 48 && c <= 57)) return integer(p);
    return otherValue(p, d, c);
  }

  /** @param {Scanner} p @param {number} d @param {number} c @returns {unknown} */
  function otherValue(p, d, c) {
    if (c === 123 || c === 91) {
      skip(p, d);
      return c === 123 ? EMPTY_OBJECT : EMPTY_ARRAY;
    }
    for (const [word, value] of LITERALS) {
      if (p.s.startsWith(word, p.i)) {
        p.i += word.length;
        return value;
      }
    }
    return ask();
  }
  /** @type {[string, unknown][]} */
  const LITERALS = [["true", true], ["false", false], ["null", null]];

  /** A string that is not checked: simple escapes are fine (`\u` ones are wasm's). */
  /** @param {Scanner} p */
  function skipString(p) {
    const b = p.b;
    if (b[p.i] !== 34) ask();
    let i = p.i + 1;
    for (;;) {
      const c = b[i];
      if (c === 34) break;
      if (c === 92) {
        const e = b[i + 1]; // `"`, `\`, `/`, b, f, n, r, t
        if (!(e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116)) ask();
        i += 2;
        continue;
      }
      if (c < 32) ask();
      i++;
    }
    p.i = i + 1;
  }

  /** Reads past any value, checking only that it is JSON. */
  /** @param {Scanner} p @param {number} d */
  function skip(p, d) {
    const c = p.b[p.i];
    if (c === 34) skipString(p);
    else if (c === 123) {
      if (enter(p, d))
        do {
          skipString(p);
          ws(p);
          if (p.b[p.i++] !== 58) ask();
          ws(p);
          skip(p, d + 1);
        } while (more(p, 125));
    } else if (c === 91) {
      if (enter(p, d))
        do skip(p, d + 1);
        while (more(p, 93));
    } else scalar(p, d);
  }

  /** The diagnostics pushed since the last call point at `offset`. */
  /** @param {Scanner} p @param {unknown[]} out @param {number} offset */
  function place(p, out, offset) {
    const offsets = p.offsets;
    while (offsets.length < out.length) offsets.push(offset);
  }

  /** Each diagnostic with its line and UTF-16 column (both from 1), from its offset, in a
   * text that has line breaks if `lines`. */
  /** @param {string} text @param {{ line?: number, column?: number }[]} out @param {number[]} offsets @param {boolean} lines */
  function withPositions(text, out, offsets, lines) {
    let line = 1;
    let lineStart = 0;
    let next = lines ? text.indexOf("\n") : -1;
    let last = 0;
    for (let n = 0; n < out.length; n++) {
      const offset = offsets[n];
      if (offset < last) {
        line = 1;
        lineStart = 0;
        next = lines ? text.indexOf("\n") : -1;
      }
      while (next >= 0 && next < offset) {
        line++;
        lineStart = next + 1;
        next = text.indexOf("\n", lineStart);
      }
      last = offset;
      out[n].line = line;
      out[n].column = offset - lineStart + 1;
    }
  }

  /** The scanner, set at the start of `text`.
   * @param {string} text */
  function start(text) {
    const p = scanner;
    p.s = text;
    p.b = codeUnits(text);
    p.i = 0;
    p.lines = false;
    // (Setting an array's length is a runtime call, dearer than a new array.)
    if (p.offsets.length !== 0) p.offsets = [];
    if (p.unknown.length !== 0) p.unknown = [];
    return p;
  }

  /** Lets go of the text read.
   * @param {Scanner} p */
  function finish(p) {
    p.s = "";
  }

  return { start, finish, ws, enter, more, key, same, scalar, skip, place, withPositions };
}

export { textScanner };
