#!/usr/bin/env bash
# [metrics] layers through the command line, and the plume metrics of a run checked with h5py
# against the result's own fields, budgets and series: the counted layers' peak and area, the
# abandoned well's layers summing to its budget line, first exceedances from each point's series.
source "$(dirname "$0")/common.sh"
qs="$SOURCE/cases/examples/quickstart.toml"
site="$SOURCE/tests/data/cases/sites/tiny_site.toml"

expect_exit 0 "check with every layer" -- "$GWPLUME" check "$qs" --set 'metrics.layers="all"'
expect_output "^plume metrics count: all layers \(clay cover, sand-gravel, red clay, karst\)$" "check shows every layer"
expect_exit 0 "check with some layers" -- "$GWPLUME" check "$qs" --set 'metrics.layers=["sand-gravel", "karst"]'
expect_output "^plume metrics count: sand-gravel, karst \(clay cover, red clay not counted\)$" "check shows the choice"

expect_exit 2 "unknown metrics layers" -- "$GWPLUME" check "$SOURCE/tests/data/broken/metrics_layers.toml"
expect_output "metrics_layers.toml:20:11: metrics.layers\[0\]: no layer named 'sand-gravle' in grid.layers \(did you mean 'sand-gravel'\?\)" \
  "a misspelt layer is located and the nearest name suggested"
expect_output "metrics_layers.toml:20:26: metrics.layers\[1\]: no layer 3 \(grid.layers has 2 layers, numbered from 1\)" \
  "a layer number beyond the table is located"
expect_exit 2 "an unknown layer given with --set" -- "$GWPLUME" check "$qs" --set 'metrics.layers=["karts"]'
expect_output "^--set:1:1: metrics.layers\[0\]: no layer named 'karts' in grid.layers \(did you mean 'karst'\?\)" "override named"

expect_exit 2 "a misspelt key of [metrics]" -- "$GWPLUME" check "$qs" --set 'metrics.layer=["karst"]'
expect_output "^--set:1:1: metrics.layer: unknown key 'layer' \(did you mean 'layers'\?\)" "nearest key suggested"
expect_exit 2 "an empty list of layers" -- "$GWPLUME" check "$qs" --set 'metrics.layers=[]'
expect_output "metrics.layers: no layers listed \(expected layer numbers or names, or \"all\"\)" "empty list refused"
expect_exit 0 "a layer by number" -- "$GWPLUME" check "$qs" --set 'metrics.layers=2'
expect_output "^plume metrics count: sand-gravel \(clay cover, red clay, karst not counted\)$" "layer 2 is sand-gravel"

expect_exit 0 "run counting the karst only" -- "$GWPLUME" run "$site" -o "$SCRATCH/site" --quiet \
  --set 'metrics.layers=["karst"]'
expect_exit 0 "metrics against the result" -- /usr/bin/python3 - "$SCRATCH/site/result.h5" <<'PY'
import sys, h5py, numpy as np
f = h5py.File(sys.argv[1], "r")
text = lambda v: v.decode() if isinstance(v, bytes) else v
assert [text(v) for v in f["metrics"].attrs["metrics_layers"]] == ["karst"], f["metrics"].attrs["metrics_layers"]
# Case layer of each grid layer: "gravel (1/2)" -> "gravel".
case_layer = [text(n).rsplit(" (", 1)[0] for n in f["grid/layer_names"][:]]
counted = np.array([c == "karst" for c in case_layer])
dx, dy = f["grid/dx"][:], f["grid/dy"][:]
area = np.outer(dy, dx)
times = f["transport/times"][:]
for sp in ["chloride", "ammonia_n"]:
    g = f[f"metrics/{sp}"]
    limit = float(f[f"transport/{sp}"].attrs["limit"])
    summary = g["summary"][:]
    for k, t in enumerate(times):
        c = f[f"transport/{sp}/concentration"][k]
        c = np.where(c < -1e29, -np.inf, c)
        mine = c[counted]
        assert summary["peak"][k] == mine.max(), (sp, t, summary["peak"][k], mine.max())
        assert summary["peak"][k] < c.max(), "the landfill's gravel does not count"
        above = (c > limit) & counted[:, None, None]
        want = area[above.any(axis=0)].sum()
        assert abs(summary["area_above_limit"][k] - want) <= 1e-9 * max(want, 1.0), (sp, t, summary["area_above_limit"][k], want)
        # The abandoned well's layers add up to its line of the mass budget.
        budget = f[f"transport/{sp}/budget"][:]
        line = budget[(budget["time"] == t) & (budget["term"] == b"abandoned_well:AW-1")]
        rows = g["abandoned_wells"][:]
        rows = rows[rows["time"] == t]
        assert [text(l) for l in rows["layer"]] == ["gravel", "red clay", "karst"], rows["layer"]
        for got, want in [(rows["mass_in"].sum(), line["mass_in"][0]), (rows["mass_out"].sum(), line["mass_out"][0])]:
            assert abs(got - want) <= 1e-9 * want, (sp, t, got, want)
        # What went down past the gravel is what the layers below kept, net.
        below = rows["mass_in"][1:].sum() - rows["mass_out"][1:].sum()
        assert abs(rows["carried_down"][0] - below) <= 1e-9 * abs(below), (rows["carried_down"][0], below)
    # First exceedance from each point's series (t = 0 first), interpolated between the samples
    # that straddle the limit.
    for row in g["first_exceedance"][:]:
        s = f[f"monitoring/{text(row['point'])}/{sp}"][:]
        assert s[0, 0] == 0.0, "the series starts at t = 0"
        want = np.nan
        for i in range(len(s)):
            if s[i, 1] > limit:
                want = s[i, 0] if i == 0 else s[i - 1, 0] + (limit - s[i - 1, 1]) / (s[i, 1] - s[i - 1, 1]) * (s[i, 0] - s[i - 1, 0])
                break
        got = row["time"]
        assert (np.isnan(got) and np.isnan(want)) or abs(got - want) <= 1e-9 * max(1.0, want), (sp, row, want)
    for table in ["distance", "first_exceedance", "receptors", "abandoned_wells"]:
        assert "definition" in g[table].attrs, table
    kinds = {text(r["receptor"]): text(r["kind"]) for r in g["receptors"][:]}
    assert kinds == {"river reach": "boundary", "karst supply": "well"}, kinds
print("metrics ok")
PY
echo "$OUT" | tail -3
finish
