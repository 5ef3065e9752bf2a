#!/usr/bin/env bash
# A model that cannot converge stops with exit 1, naming when (t), where (the cell by layer, row
# and column, with its world coordinates and elevations) and what (the imbalance, the last head
# change, how many cells are dry); what it computed stays in result.h5.partial, status failed
# with the same words, and no result.h5 is left.
source "$(dirname "$0")/common.sh"
PY=/usr/bin/python3
out="$SCRATCH/nc"
# The terrace case's flow needs about ten Newton iterations; two are not enough.
expect_exit 1 "flow that does not converge" -- "$GWPLUME" run "$SOURCE/cases/examples/terrace_landfill.toml" \
  -o "$out" --threads 1 --quiet --set flow.max_iterations=2
expect_output "model failure: flow did not converge at t = 0 d after 2 outer iterations" "says when and after what"
expect_output "largest imbalance [0-9.e+-]+ m3/d \(scaled [0-9.e+-]+\) at cell \(layer [0-9]+, row [0-9]+, column [0-9]+\) at x = [0-9.]+ m, y = [0-9.]+ m, z = [0-9.-]+ to [0-9.-]+ m" \
  "names the worst cell with its coordinates"
expect_output "last head change [0-9.e+-]+ m at cell \(layer" "names the last head change"
expect_output "[0-9]+ of the active cells dry" "counts the dry cells"
expect_output "the incomplete result was left at .*result.h5.partial \(status failed\)" "says where the partial result is"
[ -e "$out/result.h5" ] && fail "a failed run left a result.h5"
"$PY" - "$out/result.h5.partial" <<'PY' || fail "the partial result does not record the failure"
import sys, h5py
with h5py.File(sys.argv[1], "r") as f:
    status = f.attrs["status"]; failure = f.attrs["failure"]
    status = status.decode() if isinstance(status, bytes) else status
    failure = failure.decode() if isinstance(failure, bytes) else failure
    assert status == "failed", status
    assert "did not converge at t = 0 d" in failure and "at x = " in failure and "dry" in failure, failure
    assert "grid" in f, "the grid written before the failure is not kept"
PY
finish
