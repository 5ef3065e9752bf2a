#!/usr/bin/env bash
# The synthetic S5 monitoring record of the Guigang cases (no model run, a few seconds):
# - `gwplume check cases/guigang/s5_mna_observed.toml` reads data/s5_observations.csv through its
#   Chinese column names and echoes, per well and species, the count, the dates and the samples
#   below detection, which must match the CSV counted independently here;
# - make_s5_observations.py, run on a small result file written here with known series, samples
#   at the stated dates, adds a lognormal error of sigma 0.2 around the model (checked on the
#   logarithms of 384 ratios), writes '<DL' exactly below the detection limits, and gives the
#   same file twice (fixed seed).
source "$(dirname "$0")/common.sh"
cases="$SOURCE/cases/guigang"

expect_exit 0 "check S5 with its synthetic samples" -- "$GWPLUME" check "$cases/s5_mna_observed.toml"
printf '%s\n' "$OUT" > "$SCRATCH/echo.txt"
expect_exit 0 "the echo matches the CSV" -- /usr/bin/python3 - "$cases/data/s5_observations.csv" "$SCRATCH/echo.txt" <<'PY'
import csv, sys
echo = open(sys.argv[2], encoding="utf-8").read()
names = {"氨氮": "ammonia_n", "亚硝酸盐氮": "nitrite_n", "硝酸盐氮": "nitrate_n"}
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert len(rows) == 8 * 16 * 3, len(rows)
groups = {}
for r in rows:
    groups.setdefault((r["监测井"], names[r["指标"]]), []).append(r)
assert len(groups) == 24, sorted(groups)
for (well, species), rs in groups.items():
    dates = sorted(r["采样日期"] for r in rs)
    below = sum(r["浓度"].startswith("<") for r in rs)
    line = f"  observations   {well} {species}: {len(rs)} from {dates[0]} to {dates[-1]}, {below} below detection"
    assert line in echo.splitlines(), (line, echo)
    assert all("非实测" in r["备注"] for r in rs), well   # every row says it is synthetic
print("24 wells x species echoed as counted")
PY

# A result with known monitoring series: c = a + b t (mg/L, t in days), per well and species.
expect_exit 0 "make_s5_observations.py on known series" -- /usr/bin/python3 - "$cases/make_s5_observations.py" "$SCRATCH" <<'PY'
import csv, datetime, math, subprocess, sys
import h5py, numpy as np
script, scratch = sys.argv[1], sys.argv[2]
wells = ["MW-0", "MW-1", "MW-2", "MW-2 karst", "MW-3", "MW-3 karst", "MW-4 bank", "MW-5 fringe"]
t = np.linspace(0.0, 50 * 365.25, 401)
law = {"ammonia_n": (40.0, -1e-3), "nitrite_n": (1e-4, 0.0), "nitrate_n": (2.0, 1e-4)}  # a, b
with h5py.File(f"{scratch}/result.h5", "w") as f:
    for w in wells:
        for sp, (a, b) in law.items():
            f[f"monitoring/{w}/{sp}"] = np.column_stack([t, a + b * t])
for name in ("one.csv", "two.csv"):
    subprocess.run(["/usr/bin/python3", script, f"{scratch}/result.h5", f"{scratch}/{name}"], check=True)
assert open(f"{scratch}/one.csv", "rb").read() == open(f"{scratch}/two.csv", "rb").read(), "not reproducible"
names = {"氨氮": "ammonia_n", "亚硝酸盐氮": "nitrite_n", "硝酸盐氮": "nitrate_n"}
rows = list(csv.DictReader(open(f"{scratch}/one.csv", encoding="utf-8")))
assert len(rows) == 384, len(rows)
want_dates = {f"{y}-{m:02d}-15" for y in range(2025, 2033) for m in (4, 10)}
assert {r["采样日期"] for r in rows} == want_dates
logs = []
for r in rows:
    sp = names[r["指标"]]
    days = (datetime.date.fromisoformat(r["采样日期"]) - datetime.date(2000, 1, 1)).days
    a, b = law[sp]
    model = a + b * days
    if sp == "nitrite_n":          # 1e-4 mg/L, 30 times under 0.003: always below detection
        assert r["浓度"] == "<0.003", r
        continue
    value = float(r["浓度"])
    assert float(f"{value:.3g}") == value, r    # three significant figures
    assert r["单位"] == "mg/L"
    logs.append(math.log(value / model))
logs = np.array(logs)                  # 256 ratios; rounding adds at most 0.5e-2 relative
# sigma 0.2: the mean of 256 logs has a standard error of 0.0125, their sd one of 0.009
assert abs(logs.mean()) < 0.05, logs.mean()
assert abs(logs.std(ddof=1) - 0.2) < 0.04, logs.std(ddof=1)
print(f"mean log ratio {logs.mean():.4f}, sd {logs.std(ddof=1):.4f} (sigma 0.2)")
PY
echo "$OUT" | tail -1
finish
