#!/usr/bin/env bash
# The lines of evidence of natural attenuation from the model (/metrics/<species>/trends and
# plume_trend) on a landfill that leaks for 3 years and is then closed, checked with numpy against
# the result's own series: each well's series read at the output times from trend_from on
# (numpy.interp), Mann-Kendall S by brute force over every pair with the tie-corrected variance
# (differences below 1e-9 of the largest value or 1e-6 of the limit tied),
# Sen's slope as the median of every pairwise slope, the toolkit's decision, the time below the
# limit from the last downward crossing of the stored steps; the centre's velocity by
# numpy.polyfit. Then [metrics] trend_from errors, the report's section in English and Chinese (also
# for a result written before the tables existed), and the trends set side by side by compare.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/attenuation/closed_landfill.toml"

expect_exit 2 "trend_from after the last output time" -- "$GWPLUME" check "$case_file" --set 'metrics.trend_from="13 yr"'
expect_output "^--set:1:1: metrics.trend_from: after the last output time, 2022-01-01: the trends would have no output time to judge" \
  "a trend_from past the last output time is located and the last output time given as a date"
expect_exit 2 "trend_from before the start" -- "$GWPLUME" check "$case_file" --set 'metrics.trend_from="2009-01-01"'
expect_output "metrics.trend_from: out of range" "a date before t = 0 is refused"

expect_exit 0 "check" -- "$GWPLUME" check "$case_file" --set 'metrics.trend_from="2 yr"'
expect_output "^natural attenuation trends: from 2012-01-01, 7 output times$" "check names the trends' first time and count"
expect_exit 0 "check with few output times" -- "$GWPLUME" check "$case_file" --set 'metrics.trend_from="10 yr"'
expect_output "^natural attenuation trends: from 2020-01-01, 2 output times \(fewer than 4: insufficient data\)$" \
  "check warns that too few output times remain"

expect_exit 0 "run" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/run" --quiet --threads 1 --set 'metrics.trend_from="2 yr"'
expect_exit 0 "tables against numpy" -- /usr/bin/python3 - "$SCRATCH/run/result.h5" <<'PY'
import math, sys
from itertools import combinations
import h5py, numpy as np

f = h5py.File(sys.argv[1], "r")
text = lambda v: v.decode() if isinstance(v, bytes) else v
YEAR = 365.25
times = f["transport/times"][:]

def mann_kendall(v, limit=0.0):
    # Differences below 1e-9 of the largest magnitude (round-off) or 1e-6 of the limit: ties.
    quantum = max(1e-9 * np.max(np.abs(v)), 1e-6 * limit)
    if quantum > 0:
        v = np.round(np.asarray(v) / quantum) * quantum
    n = len(v)
    s = sum(np.sign(v[j] - v[i]) for i, j in combinations(range(n), 2))
    _, counts = np.unique(v, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts)) / 18.0
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    conf = 0.5 * math.erfc(-abs(z) / math.sqrt(2.0))
    cv = np.std(v, ddof=1) / np.mean(v)
    if s > 0:
        trend = "increasing" if conf > 0.95 else "probably increasing" if conf >= 0.90 else "no trend"
    elif s < 0 and conf > 0.95:
        trend = "decreasing"
    elif s < 0 and conf >= 0.90:
        trend = "probably decreasing"
    else:
        trend = "stable" if cv < 1 else "no trend"
    return int(s), z, 100 * conf, cv, trend

def sen(t, v):
    return np.median([(v[j] - v[i]) / (t[j] - t[i]) for i, j in combinations(range(len(t)), 2)]) * YEAR

def below_from(t, c, limit):
    above = np.nonzero(c > limit)[0]
    if len(above) == 0:
        return 0.0
    k = above[-1]
    if k == len(c) - 1:
        return math.nan
    return t[k] + (c[k] - limit) / (c[k] - c[k + 1]) * (t[k + 1] - t[k])

def close(a, b, rel, what):
    assert (math.isnan(a) and math.isnan(b)) or abs(a - b) <= rel * max(abs(b), 1e-300), (what, a, b)

checked = 0
for sp in ["chloride", "ammonia_n"]:
    g = f[f"metrics/{sp}"]
    trend_from = float(g["trends"].attrs["trend_from"])
    assert trend_from == 2 * YEAR, trend_from
    use = times[(times > 0) & (times >= trend_from)]
    assert len(use) == 7, use
    limit = float(f[f"transport/{sp}"].attrs["limit"])
    rows = g["trends"][:]
    assert g["trends"].dtype["s"] == np.int64 and g["trends"].dtype["samples"] == np.int64
    # One row per concentration series under /monitoring, none missing, none extra.
    series = sorted(n for n in f["monitoring"] if sp in f["monitoring"][n])
    assert sorted(text(p) for p in rows["point"]) == series, (rows["point"], series)
    kinds = {text(r["point"]): text(r["kind"]) for r in rows}
    assert kinds == {"MW-near": "point", "MW-mid": "point", "MW-far": "point", "river": "boundary"}, kinds
    for r in rows:
        name = text(r["point"])
        s = f[f"monitoring/{name}/{sp}"][:]
        v = np.interp(use, s[:, 0], s[:, 1])
        S, z, conf, cv, trend = mann_kendall(v, limit)
        assert r["samples"] == len(use) and r["s"] == S, (sp, name, r["s"], S)
        close(r["z"], z, 1e-12, (sp, name, "z"))
        close(r["confidence"], conf, 1e-12, (sp, name, "confidence"))
        close(r["cv"], cv, 1e-9, (sp, name, "cv"))
        assert text(r["trend"]) == trend, (sp, name, r["trend"], trend)
        close(r["sen_slope"], sen(use, v), 1e-9, (sp, name, "sen"))
        close(r["below_limit_from"], below_from(s[:, 0], s[:, 1], limit), 1e-12, (sp, name, "below"))
        checked += 1
    p = g["plume_trend"][:]
    assert len(p) == 1 and g["plume_trend"].dtype["mass_s"] == np.int64
    p = p[0]
    summary = g["summary"][:]
    sel = np.isin(summary["time"], use)
    t = summary["time"][sel]
    vx = np.polyfit(t, summary["centre_x"][sel], 1)[0]
    vy = np.polyfit(t, summary["centre_y"][sel], 1)[0]
    close(p["centre_speed"], math.hypot(vx, vy) * YEAR, 1e-9, (sp, "speed"))
    bearing = math.degrees(math.atan2(vx, vy)) % 360.0
    assert abs(p["centre_direction"] - bearing) < 1e-6, (sp, p["centre_direction"], bearing)
    S, z, conf, cv, trend = mann_kendall(summary["dissolved_mass"][sel])
    assert p["mass_s"] == S and text(p["mass_trend"]) == trend, (sp, p["mass_s"], S, p["mass_trend"], trend)
    close(p["mass_confidence"], conf, 1e-12, (sp, "mass confidence"))
    close(p["mass_sen_slope"], sen(t, summary["dissolved_mass"][sel]), 1e-9, (sp, "mass sen"))
    area = summary["area_above_limit"]
    close(p["below_limit_from"], below_from(summary["time"], area, 0.0), 0.0, (sp, "area below"))
    # The bulk rate is positive along a plume whose concentrations fall downstream, the fit good,
    # and the Buscheck-Alcantar rate k + alpha k^2 / v_c is at least k.
    assert 0 < p["bulk_rate"] and 0.5 < p["bulk_rate_r2"] <= 1 and p["lambda"] >= p["bulk_rate"], p
# The closed landfill: the near well falls, the far ones rise, ammonia's mass shrinks.
near = {text(r["point"]): r for r in f["metrics/chloride/trends"][:]}["MW-near"]
assert text(near["trend"]) == "decreasing" and near["below_limit_from"] > 0, near
assert text(f["metrics/ammonia_n/plume_trend"][0]["mass_trend"]) == "decreasing"
print(f"{checked} series and 2 plumes agree with numpy")
PY
echo "$OUT" | tail -1

expect_exit 0 "report" -- "$GWPLUME" report "$SCRATCH/run/result.h5" -o "$SCRATCH/report"
expect_exit 0 "report section against the tables" -- /usr/bin/python3 - "$SCRATCH/run/result.h5" "$SCRATCH/report/report.md" <<'PY'
import datetime, math, sys
import h5py
f = h5py.File(sys.argv[1], "r")
md = open(sys.argv[2], encoding="utf-8").read()
section = md.split("## Natural attenuation (model)", 1)[1].split("\n## ", 1)[0]
assert "### chloride" in section and "### ammonia_n" in section, section[:400]
# The plain reading, judged from the tables: the mass trend with the points' trends together.
for sp in ("chloride", "ammonia_n"):
    mass = f[f"metrics/{sp}/plume_trend"][0]["mass_trend"].decode()
    rising = any(r["trend"].decode() in ("increasing", "probably increasing") for r in f[f"metrics/{sp}/trends"][:])
    falling = mass in ("decreasing", "probably decreasing")
    state = ("growing" if mass in ("increasing", "probably increasing") else
             "not shrinking as a whole but moving on (concentrations rise at some points)"
             if rising and (falling or mass == "stable") else
             "shrinking" if falling else "stable" if mass == "stable" else "without a clear trend")
    expected = f"The {sp} plume is {state}: its dissolved mass is {mass} at"
    assert expected in section, (expected, section[:600])
start = datetime.date(2010, 1, 1)
for r in f["metrics/chloride/trends"][:]:
    name = r["point"].decode()
    row = next(l for l in section.split("### chloride")[1].splitlines() if l.startswith(f"| {name} |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[2] == str(r["samples"]) and cells[3] == str(r["s"]), (cells, r)
    t = r["below_limit_from"]
    want = "still above at the end" if math.isnan(t) else "never above" if t == 0 else \
        (start + datetime.timedelta(days=math.floor(t + 1e-6))).isoformat()
    assert cells[-1] == want, (cells, want)
assert "attenuation_chloride.png" in section and "attenuation_ammonia_n.png" in section
PY
expect_exit 0 "report in Chinese" -- "$GWPLUME" report "$SCRATCH/run/result.h5" -o "$SCRATCH/report_zh" --lang zh
grep -q "^## 自然衰减（模型）" "$SCRATCH/report_zh/report.md" || fail "the Chinese report has no section 自然衰减（模型）"
grep -q "氨氮羽流\(正在缩小\|并未整体缩小，而在向前迁移\)" "$SCRATCH/report_zh/report.md" || fail "the Chinese reading of the ammonia plume is missing"

# gwplume compare sets the plume's mass trend and when it fell below the limit side by side, at
# the last output time, as each result's tables hold them.
expect_exit 0 "run with faster decay" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/fast" --quiet --threads 1 \
  --set 'metrics.trend_from="2 yr"' --set 'species[1].decay.rate="0.5 1/yr"'
expect_exit 0 "compare" -- "$GWPLUME" compare "$SCRATCH/run/result.h5" "$SCRATCH/fast/result.h5" -o "$SCRATCH/compare"
expect_exit 0 "compared trends against the tables" -- /usr/bin/python3 - "$SCRATCH/compare/compare.csv" \
  "$SCRATCH/run/result.h5" "$SCRATCH/fast/result.h5" <<'PY'
import csv, math, sys
import h5py
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
files = sys.argv[2:]
last = max(float(r["time_d"]) for r in rows)
for quantity, column in [("mass_sen_slope", "mass_sen_slope"), ("plume_below_limit_from", "below_limit_from")]:
    for sp in ["chloride", "ammonia_n"]:
        got = [r for r in rows if r["quantity"] == quantity and r["species"] == sp]
        assert len(got) == 2 and all(float(r["time_d"]) == last for r in got), (quantity, sp, got)
        for r, path in zip(got, files):
            want = float(h5py.File(path, "r")[f"metrics/{sp}/plume_trend"][0][column])
            value = float(r["value"]) if r["value"] else math.nan
            assert (math.isnan(want) and math.isnan(value)) or abs(value - want) <= 1e-9 * abs(want), (quantity, sp, value, want)
# Faster decay: the ammonia plume is gone before the end; the slower one is not.
fast = [r for r in rows if r["quantity"] == "plume_below_limit_from" and r["species"] == "ammonia_n"]
assert fast[0]["value"] == "" and float(fast[1]["value"]) > 0, fast
PY

# A result written before the tables existed: the section says so.
cp "$SCRATCH/run/result.h5" "$SCRATCH/old.h5"
/usr/bin/python3 -c "
import h5py, sys
with h5py.File(sys.argv[1], 'a') as f:
    for sp in f['metrics']:
        for t in ('trends', 'plume_trend'):
            del f['metrics'][sp][t]
" "$SCRATCH/old.h5"
expect_exit 0 "report of an older result" -- "$GWPLUME" report "$SCRATCH/old.h5" -o "$SCRATCH/report_old"
grep -q "This result was written before the model's lines of evidence of natural attenuation were recorded" \
  "$SCRATCH/report_old/report.md" || fail "the report of an older result does not say it predates the tables"
finish
