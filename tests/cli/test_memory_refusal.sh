#!/usr/bin/env bash
# A model too large for the machine is refused before anything large is allocated: exit 2, located
# at [grid], with the estimate and what the machine has. The refusals run under a 3 GB limit of
# address space, so a model built before the check would fail with bad_alloc (exit 1), not exit 2;
# and each must take well under a second (measured: about 0.2 s, most of it loading the program).
source "$(dirname "$0")/common.sh"
minimal="$SOURCE/tests/data/cases/minimal.toml"
eight="$SOURCE/tests/data/cases/eight_species.toml"
limited() { (ulimit -v 3000000; "$@"); }
limit_ms=1000
# Built with AddressSanitizer (scripts/test --sanitize), the program reserves terabytes of address
# space for its shadow memory at start, so no such limit can be set (ASan's own ceiling on one
# allocation, 1 TB, then catches a model built before the check), and it loads more slowly.
if [ -n "${GWPLUME_SANITIZED:-}" ]; then
  limited() { "$@"; }
  limit_ms=5000
fi

timed_exit() {  # timed_exit CODE DESCRIPTION -- COMMAND...: expect_exit, then at most 1 s (5 s sanitized)
  local start end
  start=$(date +%s%N)
  expect_exit "$@"
  end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  [ "$ms" -lt "$limit_ms" ] || fail "$2: took $ms ms (nothing large should be allocated)"
}

# 10^5 x 10^5 columns of one layer, one species: 10^10 x (780 + 550 + 180) B + 64 MB = 15 TB.
for verb in check run; do
  out=""; [ $verb = run ] && out="-o $SCRATCH/big"
  timed_exit 2 "$verb of 10^10 cells" -- limited "$GWPLUME" $verb "$minimal" --set grid.nx=100000 --set grid.ny=100000 $out
  expect_output "minimal.toml:[0-9]+:[0-9]+: grid: the model needs about 15 TB of memory \(1e10 cells x 1 species" \
    "$verb: the estimate, located at [grid]"
  expect_output "this machine has [0-9.]+ [kMGT]?B available; use --force to try anyway" "$verb: what the machine has"
  expect_output "nothing was run" "$verb: bad input"
done
[ -e "$SCRATCH/big" ] && fail "a refused run made its output folder"

# 8 species on 10^8 cells: 10^8 x (780 + 550 + 8 x 180) B + 64 MB = 277 GB.
timed_exit 2 "check of 8 species x 10^8 cells" -- limited "$GWPLUME" check "$eight"
expect_output "eight_species.toml:[0-9]+:[0-9]+: grid: the model needs about 277 GB of memory \(1e8 cells x 8 species" \
  "8 species: the estimate"

# Absurd sizes: a count past ten million, and a product past 64 bits, located.
timed_exit 2 "nx of 10^10" -- limited "$GWPLUME" check "$minimal" --set grid.nx=10000000000
expect_output "--set:1:1: grid.nx: too large \(found 10000000000, expected at most 10000000\)" "nx past ten million is located at the key"
timed_exit 2 "10^7 x 10^7 x 10^7 cells" -- limited "$GWPLUME" check "$minimal" --set grid.nx=10000000 \
  --set grid.ny=10000000 --set 'grid.layers=[{ name = "aquifer", bottom = 0.0, split = 10000000 }]'
expect_output "grid: the grid is too large to count" "a cell count past 64 bits is refused, not wrapped"

# A model that fits: check prints the estimate in its run-estimate block; --force is accepted.
# 2 x 2 x 1 cells, one species: 64 MB + 4 x 1510 B = 64 MB.
expect_exit 0 "check of the minimal case" -- "$GWPLUME" check "$minimal"
expect_output "^  memory +about 64 MB \(this machine has [0-9.]+ [kMGT]?B available\)" "check prints the estimate"
expect_exit 0 "run --force of the minimal case" -- "$GWPLUME" run "$minimal" --force --quiet -o "$SCRATCH/small"
[ -f "$SCRATCH/small/result.h5" ] || fail "run --force left no result.h5"
finish
