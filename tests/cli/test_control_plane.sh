#!/usr/bin/env bash
# Control planes ([[receptors]] with `line`): what `check` says of them, the located errors, and
# the mass through the lines of a channel in steady uniform flow checked with h5py against
# independent truths: Q x C0 and the outlet's budget at steady state, the mass the cells beyond a
# line gained plus what left through the outlet at every output time (with every advection scheme
# and time weighting), and a line drawn the other way round.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/control_plane.toml"
broken="$SOURCE/tests/data/broken"

expect_exit 0 "check a case with control planes" -- "$GWPLUME" check "$case_file"
expect_output "^  control plane  transect: line of 29 m, 6 cell faces \(layers 1-2\); forward from its left to its right \(first vertex to last\), towards the east$" \
  "the transect's faces (3 rows x 2 layers), eastward forward"
expect_output "^  control plane  transect reversed: .*, towards the west$" "drawn north to south, westward forward"
expect_output "^  control plane  bent: line of 35.23 m, 10 cell faces \(layers 1-2\);" "the bent line's staircase (3 + 2 faces a layer)"
expect_output "^  control plane  upper layer: line of 29 m, 3 cell faces \(layer 1\);" "layers narrow the faces"

expect_exit 2 "control planes written wrongly" -- "$GWPLUME" check "$broken/control_plane_errors.toml"
expect_output "control_plane_errors.toml:21:11: receptors\[0\].layers\[0\]: no layer named 'aquifr' in grid.layers \(did you mean 'aquifer'\?\)" \
  "an unknown layer is located"
expect_output "control_plane_errors.toml:26:8: receptors\[1\].line: conflicts with 'at' \(expected one of at, a point; boundary, a river reach or other boundary; well; line, a control plane\)" \
  "at and line together"
expect_output "control_plane_errors.toml:31:10: receptors\[2\].layers: applies only to a line receptor" "layers of a point"
expect_output "control_plane_errors.toml:36:9: receptors\[3\].layer: applies only to a point receptor" "layer of a line"
expect_output "control_plane_errors.toml:40:8: receptors\[4\].line: too few points" "a line of one vertex"
expect_output "^5 problems in the input" "every problem at once"

expect_exit 2 "control planes that cannot be built" -- "$GWPLUME" check "$broken/control_plane_geometry.toml"
expect_output "control_plane_geometry.toml:18:1: receptors\[0\]: line vertex 2 \(20, 45\) is outside the grid" "a line leaving the grid"
expect_output "control_plane_geometry.toml:22:1: receptors\[1\]: the line crosses no face between active cells of its layers" \
  "a line between four centres crosses no face"
expect_output "control_plane_geometry.toml:26:1: receptors\[2\]: the line crosses no face" "a line along the grid's edge"
expect_output "^3 problems in the input" "the good line is not reported"

expect_exit 0 "run the channel" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/cp" --quiet --threads 1
# The same with the other advection schemes and time weightings: the lines still balance.
expect_exit 0 "run the channel, upwind and explicit" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/cp-upwind" --quiet \
  --threads 1 --set 'transport.advection="upwind"' --set 'transport.weighting="explicit"'
expect_exit 0 "run the channel, central and Crank-Nicolson" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/cp-central" \
  --quiet --threads 1 --set 'transport.advection="central"' --set 'transport.weighting="crank-nicolson"'
expect_exit 0 "mass through the lines" -- /usr/bin/python3 - "$SCRATCH/cp/result.h5" "$SCRATCH/cp-upwind/result.h5" \
  "$SCRATCH/cp-central/result.h5" <<'PY'
import sys, h5py, numpy as np
f = h5py.File(sys.argv[1], "r")
text = lambda v: v.decode() if isinstance(v, bytes) else v
C0 = 10.0                                       # mg/L in the inlet's water (the case)
times = f["transport/times"][:]
dx, dy = f["grid/dx"][:], f["grid/dy"][:]
top, bottom = f["grid/top"][:], f["grid/bottom"][:]
thickness = np.concatenate([(top - bottom[0])[None], bottom[:-1] - bottom[1:]])   # (nz, ny, nx) m
volume = thickness * np.outer(dy, dx)[None]      # m3
theta = f["properties/porosity"][:]
rho_b = f["properties/bulk_density"][:]          # kg/L
xc = np.cumsum(dx) - dx / 2                      # m, column centres (origin 0, no rotation)
yc = dy.sum() - (np.cumsum(dy) - dy / 2)         # m, row centres, north first
X, Y = np.meshgrid(xc, yc)

def table(path):
    d = f[path]
    cols = [text(c) for c in d.attrs["columns"]]
    return {c: d[:, k] for k, c in enumerate(cols)}

def budget_line(sp, term, t, f=f):
    b = f[f"transport/{sp}/budget"][:]
    row = b[(b["time"] == t) & (b["term"] == term.encode())]
    assert len(row) == 1, (sp, term, t)
    return row["mass_in"][0], row["mass_out"][0]

worst = {"steady": 0.0, "conservation": 0.0, "reversed": 0.0}
for sp in ["tracer", "sorbing"]:
    lf = table(f"monitoring/transect/line_flux/{sp}")
    assert list(lf) == ["time", "water", "rate_forward", "rate_back", "net", "cumulative_net"], list(lf)
    units = [text(u) for u in f[f"monitoring/transect/line_flux/{sp}"].attrs["column_units"]]
    assert units == ["d", "m3/d", "g/d", "g/d", "g/d", "g"], units
    # 1. Steady state: the net rate through the transect is the inflow's water times its
    #    concentration, and what leaves through the outlet; nothing goes back.
    fb = f["flow/budget"][:]
    Q = fb[(fb["time"] == fb["time"].max()) & (fb["term"] == b"flux:inlet")]["inflow"][0]
    assert abs(Q - 15.0) <= 1e-9 * 15.0, Q      # 6 cells x 2.5 m3/d
    net, water = lf["net"][-1], lf["water"][-1]
    err = abs(net - Q * C0) / (Q * C0)
    worst["steady"] = max(worst["steady"], err)
    assert err <= 1e-6, (sp, net, Q * C0)
    assert abs(water - Q) <= 1e-9 * Q, (water, Q)
    outlet = f[f"monitoring/outlet water/mass_flux/{sp}"][-1, 1]
    assert abs(net - outlet) <= 1e-6 * outlet, (sp, net, outlet)
    mf = f[f"metrics/{sp}/mass_flux"][:]
    last = mf[(mf["time"] == times[-1]) & (mf["term"] == b"head:outlet")]
    assert abs(net - last["rate_out"][0]) <= 1e-6 * net, (net, last)
    assert lf["rate_back"][-1] <= 1e-12 * lf["rate_forward"][-1], lf["rate_back"][-1]
    # The upper of two identical layers carries half of it.
    upper = f[f"monitoring/upper layer/line_flux/{sp}"][-1]
    assert abs(upper[4] - 0.5 * Q * C0) <= 1e-6 * Q * C0 and abs(upper[1] - 0.5 * Q) <= 1e-9 * Q, upper
    assert abs(lf["net"][-1] - (lf["rate_forward"][-1] - lf["rate_back"][-1])) <= 1e-12 * net
    conc = f[f"monitoring/transect/{sp}"][:]
    assert np.allclose(conc[:, 1], np.where(lf["water"] != 0, lf["net"] / lf["water"], 0.0), rtol=1e-12, atol=0)
    mfl = f[f"monitoring/transect/mass_flux/{sp}"][:]
    assert np.array_equal(mfl[:, 1], lf["net"]), "mass_flux is the net rate"
    # The cumulative net mass is the net rate integrated over the steps (from t = 0).
    steps = np.diff(np.concatenate([[0.0], lf["time"]]))
    assert np.allclose(np.cumsum(steps * lf["net"]), lf["cumulative_net"], rtol=1e-12, atol=0)

    # 2. Conservation at every output time, for every scheme run: what went through a line is
    #    what the cells beyond it hold (dissolved and sorbed, none at the start) plus what left
    #    through the outlet.
    for g in [f] + [h5py.File(other, "r") for other in sys.argv[2:]]:
        for name, beyond in [("transect", X > 150.0), ("bent", X > 150.0 + 20.0 * (Y - 0.5) / 29.0)]:
            d = g[f"monitoring/{name}/line_flux/{sp}"]
            lf = {text(c): d[:, k] for k, c in enumerate(d.attrs["columns"])}
            for k, t in enumerate(times):
                row = np.flatnonzero(np.abs(lf["time"] - t) <= 1e-9 * t)
                assert len(row) == 1, (name, t)
                through = lf["cumulative_net"][row[0]]
                c = g[f"transport/{sp}/concentration"][k]
                s = g[f"transport/{sp}/sorbed"][k]
                held = (theta * volume * c + rho_b * volume * s)[:, beyond].sum()   # g
                gone_in, gone_out = budget_line(sp, "head:outlet", t, g)
                entered = budget_line(sp, "flux:inlet", t, g)[0]
                err = abs(through - (held + gone_out - gone_in)) / entered
                worst["conservation"] = max(worst["conservation"], err)
                assert err <= 1e-5, (g.filename, sp, name, t, through, held, gone_out, entered)   # the budget's 0.001 %

    # 3. The line drawn the other way round: every rate negated, forward and back exchanged.
    a = table(f"monitoring/transect/line_flux/{sp}")
    b = table(f"monitoring/transect reversed/line_flux/{sp}")
    for col in ["water", "net", "cumulative_net"]:
        d = np.max(np.abs(a[col] + b[col]) / np.maximum(np.abs(a[col]), 1e-300))
        worst["reversed"] = max(worst["reversed"], d)
        assert d <= 1e-12, (col, d)
    assert np.array_equal(a["rate_forward"], b["rate_back"]) and np.array_equal(a["rate_back"], b["rate_forward"])
    # The same line read from a CSV file (a GIS line) is the same control plane.
    c = table(f"monitoring/transect from csv/line_flux/{sp}")
    assert all(np.array_equal(a[k], c[k]) for k in a), "a line from a file"

    # The receptors row: first exceedance and peak of the flow-weighted concentration, peak net rate.
    limit = float(f[f"transport/{sp}"].attrs["limit"])
    rows = {text(r["receptor"]): r for r in f[f"metrics/{sp}/receptors"][:]}
    for name in ["transect", "transect reversed", "bent", "upper layer"]:
        r = rows[name]
        assert text(r["kind"]) == "line", r
        s = f[f"monitoring/{name}/{sp}"][:]
        assert r["peak"] == s[:, 1].max() and r["peak_time"] == s[np.argmax(s[:, 1]), 0], (name, r)
        assert r["peak_mass_flux"] == f[f"monitoring/{name}/mass_flux/{sp}"][:, 1].max(), (name, r)
        i = np.flatnonzero(s[:, 1] > limit)[0]
        assert i > 0, "the plume arrives after the first step"
        want = s[i - 1, 0] + (limit - s[i - 1, 1]) / (s[i, 1] - s[i - 1, 1]) * (s[i, 0] - s[i - 1, 0])
        assert abs(r["first_exceedance"] - want) <= 1e-9 * want, (name, r["first_exceedance"], want)

lines = f["features/lines"]
assert {n: text(lines[n].attrs["kind"]) for n in lines} == {"transect": "control_plane", "transect reversed": "control_plane",
                                                           "bent": "control_plane", "upper layer": "control_plane",
                                                           "transect from csv": "control_plane"}
assert np.array_equal(lines["bent/line"][:], [[150.0, 0.5], [170.0, 29.5]])
print("steady state: net rate within %.1e of Q C0; conservation within %.1e of the mass entered; "
      "reversed line within %.1e" % (worst["steady"], worst["conservation"], worst["reversed"]))
PY
echo "$OUT" | tail -1

# The CSV export: the line_flux table of each species, named by species and column.
expect_exit 0 "export the channel as CSV" -- "$GWPLUME" export "$SCRATCH/cp/result.h5" --csv "$SCRATCH/csv"
expect_exit 0 "CSV against the result" -- /usr/bin/python3 - "$SCRATCH/cp/result.h5" "$SCRATCH/csv/monitoring_transect.csv" <<'PY'
import sys, csv, h5py
f = h5py.File(sys.argv[1], "r")
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8-sig")))
lf = f["monitoring/transect/line_flux/tracer"]
assert len(rows) == lf.shape[0], (len(rows), lf.shape)
for col, k in [("tracer line_flux water (m3/d)", 1), ("tracer line_flux net (g/d)", 4), ("tracer line_flux cumulative_net (g)", 5)]:
    assert abs(float(rows[-1][col]) - lf[-1, k]) <= 1e-12 * abs(lf[-1, k]), (col, rows[-1][col], lf[-1, k])
PY

# The report: line receptors as control planes, their largest and last net rate and the net mass
# since the start (the rate integrated over the steps: the result's own cumulative_net), a chart.
expect_exit 0 "report of the channel" -- "$GWPLUME" report "$SCRATCH/cp/result.h5" -o "$SCRATCH/report"
expect_output "report written" "the report is written"
expect_exit 0 "report against the result" -- /usr/bin/python3 - "$SCRATCH/cp/result.h5" "$SCRATCH/report/report.md" <<'PY'
import sys, h5py, re
f = h5py.File(sys.argv[1], "r")
md = open(sys.argv[2], encoding="utf-8").read()
assert "## Mass discharge through control planes" in md
assert "| tracer | transect | control plane |" in md, "the verdict names the kind"
rows = {}
for m in re.finditer(r"^\| (tracer|sorbing) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$", md, re.M):
    rows[(m.group(1), m.group(2).strip())] = [m.group(k).strip() for k in range(3, 7)]
for sp in ["tracer", "sorbing"]:
    for name in ["transect", "transect reversed", "bent", "upper layer", "transect from csv"]:
        peak, at, last, net = rows[(sp, name)]
        lf = f[f"monitoring/{name}/line_flux/{sp}"]
        want_net, want_last, want_peak = lf[-1, 5], lf[-1, 4], lf[:, 4].max()
        for got, want in [(net, want_net), (last, want_last), (peak, want_peak)]:
            assert abs(float(got) - want) <= 1e-3 * abs(want), (sp, name, got, want)
assert "![tracer: the net mass rate through each control plane" in md and "(control_planes_tracer.png)" in md
PY
[ -s "$SCRATCH/report/control_planes_tracer.png" ] || fail "the control-plane chart is drawn"

finish
