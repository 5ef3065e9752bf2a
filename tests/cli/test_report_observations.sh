#!/usr/bin/env bash
# `gwplume report` of a result with observations: the residual statistics and Mann-Kendall tables
# of report.md recomputed independently in Python from the result's /observations tables (to the
# three significant digits the report writes), and the section's pictures drawn.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/observations/trend.toml"

expect_exit 0 "run with observations" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/run" --quiet --threads 1
expect_exit 0 "report" -- "$GWPLUME" report "$SCRATCH/run/result.h5" -o "$SCRATCH/report"
expect_output "report written" "report announced"
expect_exit 0 "tables against Python" -- /usr/bin/python3 - "$SCRATCH/run/result.h5" "$SCRATCH/report/report.md" <<'PY'
import sys, math, re, h5py, numpy as np
f = h5py.File(sys.argv[1], "r")
md = open(sys.argv[2], encoding="utf-8").read()
section = md.split("## Observations and natural attenuation", 1)[1].split("\n## ", 1)[0]
rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in section.splitlines() if l.startswith("| ")]
stats = {(r[0], r[1]): r for r in rows if len(r) == 8 and r[0] != "point"}
trends = {(r[0], r[1], r[2]): r for r in rows if len(r) == 10 and r[0] != "point"}

def close(text, value, what):
    if math.isnan(value):
        assert text == "—", (what, text)
        return
    got = float(text)
    assert abs(got - value) <= 5e-3 * abs(value) + 1e-12, (what, got, value)

def mann_kendall(x):
    n = len(x)
    s = sum(np.sign(x[j] - x[i]) for i in range(n) for j in range(i + 1, n))
    _, t = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(c * (c - 1) * (2 * c + 5) for c in t)) / 18.0
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    conf = 0.5 * (1 + math.erf(abs(z) / math.sqrt(2)))
    cov = np.std(x, ddof=1) / np.mean(x)
    if s > 0: trend = "increasing" if conf > 0.95 else "probably increasing" if conf >= 0.90 else "no trend"
    elif s < 0 and conf > 0.95: trend = "decreasing"
    elif s < 0 and conf >= 0.90: trend = "probably decreasing"
    else: trend = "stable" if cov < 1 else "no trend"
    return s, z, conf, cov, trend

def sen(t, x):
    return np.median([(x[j] - x[i]) / (t[j] - t[i]) for i in range(len(t)) for j in range(i + 1, len(t)) if t[j] != t[i]])

checked = 0
for point in f["observations"]:
    for species, table in f["observations"][point].items():
        t = table[:]
        det = t[t["censored"] == 0]
        r = det["model"] - det["observed"]
        row = stats[(point, species)]
        assert row[2] == str(len(t)) and row[3] == str(len(t) - len(det)), row
        close(row[4], r.mean(), "ME")
        close(row[5], np.abs(r).mean(), "MAE")
        rmse = math.sqrt((r ** 2).mean())
        close(row[6], rmse, "RMSE")
        close(row[7], 100 * rmse / (det["observed"].max() - det["observed"].min()), "NRMSE")
        # Non-detects: one common value below every detection (Gilbert 1987).
        obs = np.where(t["censored"] == 1, det["observed"].min() / 2, t["observed"])
        for series, values, raw in (("samples", obs, t["observed"]), ("model", t["model"], t["model"])):
            s, z, conf, cov, trend = mann_kendall(values)
            row = trends[(point, species, series)]
            close(row[4], s, "S"); close(row[5], z, "Z"); close(row[6], 100 * conf, "confidence")
            close(row[7], cov, "COV")
            assert row[8].strip("*") == trend, (point, species, series, row[8], trend)
            close(row[9], sen(t["time"], raw) * 365.25, "Sen's slope")
            checked += 1
assert checked == 4, checked
PY
if [ -n "${DISPLAY:-}" ]; then  # pictures need an X server; the tables do not
  for png in observed_chloride.png observed_ammonia_n.png samples_MW-near.png samples_MW-far.png; do
    [ -s "$SCRATCH/report/$png" ] || fail "$png not drawn"
  done
fi
finish
