#!/usr/bin/env bash
# Reaction chains in `gwplume compare` and `gwplume render`: the tiny nitrogen landfill
# (tests/data/cases/chain_plume.toml) as it is and with a tenth of the leakage. Every
# total:<members> row of compare.csv (the chain total's peak so far at each point, its dissolved
# mass) is the members' series and masses summed with numpy, and no verdict judges a total;
# `render --breakthrough --chain` draws the chain and refuses what does not apply.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/chain_plume.toml"

expect_exit 0 "run the chain case" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet --threads 1
expect_exit 0 "run it with less leakage" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/low" --quiet --threads 1 \
  --set 'landfills[0].leakage="30 mm/yr"'
# The chain at every point in one picture; refused for a species outside any chain and with
# options that do not apply.
expect_exit 0 "render the chain" -- "$GWPLUME" render "$SCRATCH/base/result.h5" --breakthrough --chain nitrite_n \
  -o "$SCRATCH/chain.png"
[ -s "$SCRATCH/chain.png" ] || fail "no chain picture"
expect_exit 2 "chloride is in no chain" -- "$GWPLUME" render "$SCRATCH/base/result.h5" --breakthrough --chain chloride \
  -o "$SCRATCH/x.png"
expect_output "in no reaction chain of the result; chains: ammonia_n\+nitrite_n\+nitrate_n" "names the chains"
expect_exit 2 "--chain without --breakthrough" -- "$GWPLUME" render "$SCRATCH/base/result.h5" --chain nitrite_n -o "$SCRATCH/x.png"
expect_exit 2 "--chain with --species" -- "$GWPLUME" render "$SCRATCH/base/result.h5" --breakthrough --chain nitrite_n \
  --species ammonia_n -o "$SCRATCH/x.png"
expect_exit 0 "compare" -- "$GWPLUME" compare "$SCRATCH/base/result.h5" "$SCRATCH/low/result.h5" -o "$SCRATCH/cmp"
[ -s "$SCRATCH/cmp/compare_total_ammonia_n_nitrite_n_nitrate_n_dissolved_mass.png" ] || fail "no chart of the chain's mass"

expect_exit 0 "chain totals against the members' series" -- /usr/bin/python3 - "$SCRATCH" <<'PY'
import csv, os, sys
import h5py, numpy as np

root = sys.argv[1]
chain = ["ammonia_n", "nitrite_n", "nitrate_n"]
# compare.csv: the chain total's peak so far at each point, and its dissolved mass, per scenario.
rows = [r for r in csv.DictReader(open(os.path.join(root, "cmp/compare.csv")))
        if r["species"] == "total:ammonia_n+nitrite_n+nitrate_n"]
assert rows, "no chain total in compare.csv"
checked = set()
for r in rows:
    g = h5py.File(r["file"], "r")
    t = float(r["time_d"])
    value = float(r["value"])
    if r["quantity"] == "point_peak":
        series = [g[f"monitoring/{r['subject']}/{sp}"][:] for sp in chain]
        total = sum(s[:, 1] for s in series)
        assert all(np.array_equal(s[:, 0], series[0][:, 0]) for s in series)
        want = total[series[0][:, 0] <= t * (1 + 1e-12)].max()
    elif r["quantity"] == "dissolved_mass":
        times = g["transport/times"][:]
        k = int(np.argmin(abs(times - t)))
        want = sum(g[f"transport/{sp}/dissolved_mass"][k] for sp in chain)
    else:
        raise AssertionError("unexpected quantity " + r["quantity"])
    assert r["units"] in ("mg/L", "g")
    assert abs(value - want) <= 1e-8 * abs(want) + 1e-12, (r, want)
    checked.add((r["quantity"], r["subject"]))
assert {q for q, _ in checked} == {"point_peak", "dissolved_mass"}, checked
assert {s for q, s in checked if q == "point_peak"} == {"MW-near", "MW-far", "stream reach", "supply well"}, checked
print(len(rows), "chain-total rows of compare.csv match the members' series and masses")
verdicts = list(csv.DictReader(open(os.path.join(root, "cmp/verdict.csv"))))
assert not any(v["species"].startswith("total:") for v in verdicts), "a chain total has no limit to judge"
PY
echo "$OUT"
finish
