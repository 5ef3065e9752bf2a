#!/usr/bin/env bash
# [[observations]] through the command line: `check` echoes what was read and reports every
# problem of an observation file at its line and column (exit 2); `run` writes /observations,
# whose model column is checked with numpy against the points' own /monitoring series.
source "$(dirname "$0")/common.sh"
dir="$SOURCE/tests/data/observations"

expect_exit 0 "check a case with observations" -- "$GWPLUME" check "$dir/site.toml"
expect_output "^  observations   MW-near chloride: 2 from 2010-07-01 to 2010-07-20, 0 below detection$" "samples echoed"
expect_output "^  observations   MW-far ammonia_n: 1 from 2011-01-01 to 2011-01-01, 1 below detection$" "censored counted"

expect_exit 2 "observation files with problems" -- "$GWPLUME" check "$dir/broken.toml"
expect_output "broken.csv:2:1: observations\[0\].point: no monitoring point or point receptor named 'MW-nea' \(did you mean 'MW-near'\?\)" \
  "an unknown point is located in the CSV"
expect_output "broken.csv:5:12: observations\[0\].species: species 'chlorid' is not declared" "an unknown species is located"
expect_output "broken.toml:13:9: observations\[1\].units: unknown unit 'furlong'" "a case key is located in the case"
expect_output "^10 problems in the input; nothing was run.$" "every problem at once"

expect_exit 0 "run with observations" -- "$GWPLUME" run "$dir/site.toml" -o "$SCRATCH/site" --quiet --threads 1
expect_exit 0 "observations against the monitoring series" -- /usr/bin/python3 - "$SCRATCH/site/result.h5" <<'PY'
import sys, h5py, numpy as np
f = h5py.File(sys.argv[1], "r")
# What the CSV files say, in mg/L and days since 2010-01-01, worked by hand.
want = {
    ("MW-near", "chloride"): [(181.0, 35.5, 0), (200.0, 0.85, 0)],
    ("MW-far", "ammonia_n"): [(365.0, 0.02, 1)],
    ("MW-far", "chloride"): [(400.0, 0.05, 1)],
    ("MW-near", "ammonia_n"): [(545.0, 0.12, 0)],
}
found = {(p, s) for p in f["observations"] for s in f["observations"][p]}
assert found == set(want), found
for (point, species), rows in want.items():
    t = f[f"observations/{point}/{species}"]
    assert [u.decode() if isinstance(u, bytes) else u for u in t.attrs["column_units"]] == ["d", "mg/L", "1", "mg/L", "mg/L"]
    series = f[f"monitoring/{point}/{species}"][:]
    for row, (time, value, censored) in zip(t[:], rows):
        assert row["time"] == time and abs(row["observed"] - value) <= 1e-12 and row["censored"] == censored, row
        model = np.interp(time, series[:, 0], series[:, 1])
        assert abs(row["model"] - model) <= 1e-12 * max(1.0, abs(model)), (point, species, row["model"], model)
        assert abs(row["residual"] - (model - value)) <= 1e-12 * max(1.0, abs(model)), row
PY
finish
