#!/usr/bin/env bash
# Runs every fuzz target (cargo fuzz / libFuzzer, nightly toolchain) for RUNS executions each
# (default 2,000,000), keeping the corpus in fuzz/corpus/<target>. `--smoke` runs 3,000 each.
# Prints the executions and findings per target; exits 1 if any target finds a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
runs=${RUNS:-2000000}
[ "${1:-}" = "--smoke" ] && runs=3000
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "[fuzz] skipped: no nightly toolchain on this machine (cargo fuzz needs it)"
  exit 0
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
targets="validate sim_dispatch handle usersig_verify snapshot_restore"
# No sanitizer: the library is safe Rust (no `unsafe`); AddressSanitizer only slowed the runs ~6x.
cargo +nightly fuzz build -O -s none >/dev/null 2>&1 || cargo +nightly fuzz build -O -s none
status=0
for t in $targets; do
  mkdir -p "fuzz/corpus/$t"
  start=$(date +%s)
  if cargo +nightly fuzz run -O -s none "$t" "fuzz/corpus/$t" -- -runs="$runs" -max_len=4096 -print_final_stats=1 >"target/fuzz-$t.log" 2>&1; then
    result="no findings"
  else
    result="FINDING (see target/fuzz-$t.log and fuzz/artifacts/$t)"
    status=1
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "target/fuzz-$t.log" | awk '{print $2}' | tail -1)
  echo "[fuzz] $t: ${execs:-?} executions in $(( $(date +%s) - start )) s, corpus $(ls "fuzz/corpus/$t" | wc -l) inputs, $result"
done
exit $status
