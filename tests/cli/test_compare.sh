#!/usr/bin/env bash
# `gwplume compare` on the tiny case run twice, the second time with the landfill's leakage cut
# by --set: the CSV's figures, changes and percentages are recomputed from the two result files
# with h5py (areas, cumulative removal from the budget, first exceedances from the monitoring
# series), the verdicts agree, the HTML parses into well-formed tables, and the exit codes for too
# few files (2), a missing file (3) and a file that is not a result (3).
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/report_tiny.toml"

expect_exit 0 "baseline run" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet
expect_exit 0 "capped run" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/capped" --quiet --set 'landfills[0].leakage="50 mm/yr"'
expect_exit 0 "compare" -- "$GWPLUME" compare "$SCRATCH/base/result.h5" "$SCRATCH/capped/result.h5" -o "$SCRATCH/cmp"
echo "$OUT" | head -6
expect_output "baseline report-tiny \(base\)" "the baseline is named by its folder"
expect_output "report-tiny \(capped\) / ammonia_n / MW-near: exceeds class IV from" "verdict printed"
for f in compare.csv verdict.csv compare.md compare.html; do [ -s "$SCRATCH/cmp/$f" ] || fail "no $f"; done

expect_exit 0 "comparison matches the results" -- /usr/bin/python3 - "$SCRATCH" <<'PY'
import csv, os, sys
from html.parser import HTMLParser
import h5py, numpy as np

root = sys.argv[1]
base = h5py.File(os.path.join(root, "base/result.h5"), "r")
capped = h5py.File(os.path.join(root, "capped/result.h5"), "r")
rows = list(csv.DictReader(open(os.path.join(root, "cmp/compare.csv"))))
verdicts = list(csv.DictReader(open(os.path.join(root, "cmp/verdict.csv"))))
REL = 1e-8  # the CSV keeps ten significant digits

def near(a, b, what, scale=0.0):
    # Round-off (below 1e-9 of `scale`, the largest figure of its kind) is written as 0.
    if a == 0.0 and abs(b) < 1e-9 * scale: return
    assert abs(a - b) <= REL * max(abs(a), abs(b)) + 1e-12, f"{what}: {a} against {b}"

def mass_scale(sp):
    # The largest mass figure (g) of a species in either result: dissolved mass left, and the
    # cumulative masses through rivers, boundaries, drains, abandoned and pumping wells.
    largest = 0.0
    for f in (base, capped):
        largest = max(largest, np.abs(f[f"metrics/{sp}/summary"]["dissolved_mass"]).max())
        for r in f[f"transport/{sp}/budget"][:]:
            kind = r["term"].decode().split(":")[0]
            if kind in ("river", "head", "general_head", "drain", "well"): largest = max(largest, abs(r["mass_out"] - r["mass_in"]))
            if kind == "abandoned_well": largest = max(largest, abs(r["mass_in"]))
    return largest

def find(scenario, species, time, quantity, subject=""):
    hit = [r for r in rows if r["scenario"] == scenario and r["species"] == species and r["quantity"] == quantity
           and r["subject"] == subject and abs(float(r["time_d"]) - time) <= 1e-9 * time]
    assert len(hit) == 1, (scenario, species, time, quantity, subject, len(hit))
    return hit[0]

def first_exceedance(series, limit, until):
    s = series[series[:, 0] <= until * (1 + 1e-12)]
    above = np.nonzero(s[:, 1] > limit)[0]
    if len(above) == 0: return None
    k = above[0]
    if k == 0: return s[0, 0]
    t0, v0, t1, v1 = s[k - 1, 0], s[k - 1, 1], s[k, 0], s[k, 1]
    return t0 + (limit - v0) / (v1 - v0) * (t1 - t0)

def concentration_scale(sp):
    # The largest concentration of a species in either result: its limit, plume peaks, samples.
    largest = base[f"transport/{sp}"].attrs["limit"]
    for f in (base, capped):
        largest = max(largest, f[f"metrics/{sp}/summary"]["peak"].max())
        for q in f["monitoring"]:
            if sp in f[f"monitoring/{q}"]: largest = max(largest, np.abs(f[f"monitoring/{q}/{sp}"][:, 1]).max())
    return largest

checked = 0
times = base["transport/times"][:]
for sp in ["ammonia_n", "chloride"]:
    limit = base[f"transport/{sp}"].attrs["limit"]
    for i, t in enumerate(times):
        a = base[f"metrics/{sp}/summary"]["area_above_limit"][i]
        b = capped[f"metrics/{sp}/summary"]["area_above_limit"][i]
        r = find("report-tiny (capped)", sp, t, "area_above_limit")
        near(float(r["value"]), b, "area"); near(float(r["baseline"]), a, "baseline area")
        near(float(r["change"]), b - a, "area change")
        if a > 0: near(float(r["change_percent"]), 100 * (b - a) / a, "area change in percent")
        # Cumulative removal by the supply well: the budget's mass out less mass in.
        for name, f in (("report-tiny (base)", base), ("report-tiny (capped)", capped)):
            budget = f[f"transport/{sp}/budget"][:]
            w = budget[(budget["term"] == b"well:supply well") & (np.abs(budget["time"] - t) <= 1e-9 * t)]
            near(float(find(name, sp, t, "pumped_mass_removed", "supply well")["value"]),
                 w["mass_out"][0] - w["mass_in"][0], "removal", mass_scale(sp))
            for point in ["MW-near", "MW-far"]:
                want = first_exceedance(f[f"monitoring/{point}/{sp}"][:], limit, t)
                got = find(name, sp, t, "point_first_exceedance", point)["value"]
                assert (want is None and got == "") or (want is not None and got != ""), (name, sp, t, point, want, got)
                if want is not None: near(float(got), want, f"first exceedance at {point}")
            checked += 3
    # Verdicts through the last common time, against class IV.
    class_iv = base[f"transport/{sp}"].attrs["class_iv_limit"]
    for v in verdicts:
        if v["species"] != sp or v["kind"] != "monitoring point": continue
        f = base if v["scenario"].endswith("(base)") else capped
        want = first_exceedance(f[f"monitoring/{v['receptor']}/{sp}"][:], class_iv, times[-1])
        assert v["exceeds"] == ("yes" if want is not None else "no"), v
        if want is not None: near(float(v["first_exceedance_d"]), want, "verdict's first exceedance")
        checked += 1
    # Boundary receptors (the stream reach, the supply well named as a receptor): as each run
    # recorded them in /metrics/<species>/receptors.
    for v in verdicts:
        if v["species"] != sp or v["kind"] != "boundary receptor": continue
        f = base if v["scenario"].endswith("(base)") else capped
        rec = [r for r in f[f"metrics/{sp}/receptors"][:] if r["receptor"].decode() == v["receptor"]][0]
        assert v["exceeds"] == ("no" if np.isnan(rec["first_exceedance"]) else "yes"), (v, rec)
        near(float(v["peak_mg_per_l"]), rec["peak"], "recorded peak", concentration_scale(sp))
        checked += 1
# The measure must show: less ammonia above the limit at the end.
end = find("report-tiny (capped)", "ammonia_n", times[-1], "area_above_limit")
assert float(end["change"]) < 0, end

class Check(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack, self.tables = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "img", "br"): return
        self.stack.append(tag); self.tables += tag == "table"
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
p = Check(); p.feed(open(os.path.join(root, "cmp/compare.html"), encoding="utf-8").read()); p.close()
assert not p.stack and p.tables > 3, (p.stack, p.tables)
md = open(os.path.join(root, "cmp/compare.md"), encoding="utf-8").read()
assert "+ leakage = '50 mm/yr'" in md, "the --set change is not shown"
print(f"{checked} figures checked, {p.tables} tables in the HTML")
PY
echo "$OUT"
if [ -n "${DISPLAY:-}" ]; then
  ls "$SCRATCH/cmp"/*.png > /dev/null 2>&1 || fail "no chart drawn under an X server"
fi

expect_exit 2 "one result only" -- "$GWPLUME" compare "$SCRATCH/base/result.h5"
expect_output "at least two result files" "the reason is given"
expect_exit 3 "a missing result" -- "$GWPLUME" compare "$SCRATCH/base/result.h5" "$SCRATCH/none.h5" -o "$SCRATCH/c2"
expect_output "none.h5" "the missing file is named"
expect_exit 3 "a case file given as a result" -- "$GWPLUME" compare "$SCRATCH/base/result.h5" "$case_file" -o "$SCRATCH/c3"
expect_output "report_tiny.toml is not a gwplume result" "clear message"
finish
