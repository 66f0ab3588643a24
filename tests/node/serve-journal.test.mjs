// The server's journal of its last requests, as a ring of columns (js/lib/serve/journal.js):
// what goes in comes out as the same entries, oldest first, whatever the ring's position.
import { test } from "node:test";
import assert from "node:assert/strict";
import { requestJournal } from "../../js/lib/serve/journal.js";

/** @param {number} seq */
const entry = (seq) => ({ seq, time: `2026-12-06T00:00:0${seq % 10}.000Z`, simTime: 1700000000 + seq, method: seq % 2 ? "POST" : "GET", endpoint: `svc/cmd${seq}`, status: seq % 3 ? 200 : 0, errorCode: seq % 3 ? seq : null, ms: seq / 8, fault: seq % 4 === 0 });
const add = (j, e) => j.add(e.seq, e.time, e.simTime, e.method, e.endpoint, e.status, e.errorCode, e.ms, e.fault);

test("the journal gives back the last entries as they went in, oldest first, across the ring's wrap", () => {
  for (const size of [1, 3, 7]) {
    const journal = requestJournal(size);
    const all = [];
    for (let seq = 1; seq <= 20; seq++) {
      const e = entry(seq);
      all.push(e);
      add(journal, e);
      assert.deepEqual(journal.entries(), all.slice(-size), `size ${size} after ${seq}`);
    }
  }
});

test("a missing ErrorCode stays null, a fault stays a boolean; clear answers how many it forgot", () => {
  const journal = requestJournal(4);
  add(journal, { ...entry(3), errorCode: null, fault: true });
  add(journal, { ...entry(5), errorCode: 0, fault: false });
  assert.deepEqual(journal.entries().map((e) => [e.errorCode, e.fault]), [[null, true], [0, false]]);
  assert.equal(journal.clear(), 2);
  assert.deepEqual(journal.entries(), []);
  add(journal, entry(9));
  assert.deepEqual(journal.entries(), [entry(9)]);
});

test("a journal of size 0 (or not a number) keeps nothing and fails nothing", () => {
  for (const size of [0, -1, NaN]) {
    const journal = requestJournal(size);
    add(journal, entry(1));
    assert.deepEqual(journal.entries(), []);
    assert.equal(journal.clear(), 0);
  }
});
