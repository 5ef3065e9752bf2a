#!/usr/bin/env bash
# The result of the quick-start case opens in h5py with the layout of docs/result-file.md.
source "$(dirname "$0")/common.sh"
expect_exit 0 "run of the quick-start case" -- "$GWPLUME" run "$SOURCE/cases/examples/quickstart.toml" -o "$SCRATCH/qs" --quiet \
  --set 'time.end="1000 d"' --set 'time.outputs=["100 d", "1000 d"]' --set 'time.max_step="50 d"'
echo "$OUT" | tail -8
expect_exit 0 "layout check with h5py" -- /usr/bin/python3 "$SOURCE/tests/unit/results/check_result_layout.py" "$SCRATCH/qs/result.h5"
echo "$OUT"
# The abandoned well and the monitoring points were recorded at every flow solve.
expect_exit 0 "series present" -- /usr/bin/python3 - "$SCRATCH/qs/result.h5" <<'PY'
import sys, h5py
f = h5py.File(sys.argv[1], "r")
for path in ["wells/AW-1/flow", "wells/village well/flow", "monitoring/MW-1/head", "monitoring/MW-karst/head",
             "monitoring/MW-1/chloride", "transport/chloride/concentration", "transport/ammonia_n/budget",
             "metrics/chloride/summary", "metrics/chloride/first_exceedance"]:
    d = f[path]
    assert d.shape[0] >= 1, (path, d.shape)
    assert "units" in d.attrs, path
print("series ok")
PY
finish
