#!/usr/bin/env bash
# render, report and export of a sweep's sweep.h5, each figure checked against sweep.h5 itself
# read by h5py (check_sweep_outputs.py, check_sweep_xdmf.py).
# Pictures need an X server: without DISPLAY the script re-runs itself under xvfb-run -a.
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run > /dev/null; then exec xvfb-run -a -s "-screen 0 1280x1024x24" bash "$0" "$@"; fi
  echo "skipped: no DISPLAY and no xvfb-run"; exit 0
fi
. "$(dirname "$0")/common.sh"

# A short base case with a calendar, and 8 members of which those drawing max_iterations = 1
# fail: the report must list them with their exit codes and reasons.
cat > "$SCRATCH/short.toml" <<TOML
extends = "$SOURCE/cases/examples/quickstart.toml"
[time]
start = "2025-01-01"
end = "1000 d"
outputs = ["500 d", "1000 d"]
max_step = "100 d"
TOML
cat > "$SCRATCH/outputs.toml" <<TOML
[sweep]
name = "outputs"
base = "short.toml"
method = "latin_hypercube"
members = 8
seed = 8
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "30 m/d", sigma_log10 = 0.3 }
[[sweep.parameter]]
key = "transport.dispersivity.longitudinal"
distribution = { type = "uniform", min = "5 m", max = "30 m" }
[[sweep.parameter]]
key = "flow.max_iterations"
distribution = { type = "choice", values = [200, 200, 200, 1] }
TOML
"$GWPLUME" sweep "$SCRATCH/outputs.toml" -o "$SCRATCH/sw" --jobs 2 > "$SCRATCH/sweep.log" 2>&1
SWEEP="$SCRATCH/sw/sweep.h5"
[ -f "$SWEEP" ] || { fail "no sweep.h5 was written"; cat "$SCRATCH/sweep.log"; finish; }

# Every picture kind.
expect_exit 0 "probability map" -- "$GWPLUME" render "$SWEEP" -o "$SCRATCH/p.png"
expect_exit 0 "class III probability map, by date" -- "$GWPLUME" render "$SWEEP" --class-iii --time 2026-05-16 -o "$SCRATCH/p3.png"
expect_exit 0 "probability map in Chinese" -- "$GWPLUME" render "$SWEEP" --probability --lang zh -o "$SCRATCH/pzh.png"
expect_exit 0 "arrival CDF" -- "$GWPLUME" render "$SWEEP" --arrival MW-1,MW-karst -o "$SCRATCH/arrival.png"
expect_exit 0 "tornado chart" -- "$GWPLUME" render "$SWEEP" --tornado --figure area_above_limit -o "$SCRATCH/tornado.png"
expect_exit 0 "histogram" -- "$GWPLUME" render "$SWEEP" --histogram peak --time "500 d" -o "$SCRATCH/hist.png"
expect_exit 0 "default picture name beside sweep.h5" -- "$GWPLUME" render "$SWEEP" --species chloride
expect_output "probability-chloride.png" "default name"

# The report and the exports.
expect_exit 0 "sweep report" -- "$GWPLUME" report "$SWEEP" -o "$SCRATCH/report"
expect_output "10 of 10 pictures drawn" "every report picture drawn"
expect_exit 0 "sweep report in Chinese" -- "$GWPLUME" report "$SWEEP" -o "$SCRATCH/report_zh" --lang zh
expect_exit 0 "GIS and VTK export" -- "$GWPLUME" export "$SWEEP" --gis "$SCRATCH/gis" --vtk "$SCRATCH/vtk"

expect_exit 0 "pictures, report and exports agree with sweep.h5" -- /usr/bin/python3 \
  "$SOURCE/tests/cli/check_sweep_outputs.py" "$SWEEP" "$SCRATCH"
echo "$OUT" | tail -12

# XDMF of the sweep: SWEEP.xmf beside sweep.h5, each reference a dataset of its sidecar with the
# stated extent, the collected times, and every statistic equal to sweep.h5's in the active cells.
expect_exit 0 "XDMF export" -- "$GWPLUME" export "$SWEEP" --xdmf
expect_output "ParaView: .*/sw/sweep.xmf" "the .xmf named"
expect_exit 0 "the .xmf agrees with sweep.h5" -- /usr/bin/python3 "$SOURCE/tests/cli/check_sweep_xdmf.py" "$SWEEP"
echo "$OUT" | tail -1

# Bad requests: exit 2 with a message naming what there is; an unreadable file: exit 3.
expect_exit 2 "unknown species" -- "$GWPLUME" render "$SWEEP" --species nope
expect_output "no species 'nope' in the sweep; it holds: ammonia_n, chloride" "species listed"
expect_exit 2 "time not collected" -- "$GWPLUME" render "$SWEEP" --time 2030-01-01
expect_output "its times: 2026-05-16, 2027-09-28" "times listed as dates"
expect_exit 2 "unknown point" -- "$GWPLUME" render "$SWEEP" --arrival XX
expect_output "it has: MW-1, MW-karst" "points listed"
expect_exit 2 "unknown figure" -- "$GWPLUME" render "$SWEEP" --tornado --figure nope
expect_output "expected one of: peak, area_above_limit" "figures listed"
expect_exit 2 "a result option on a sweep" -- "$GWPLUME" render "$SWEEP" --breakthrough
expect_exit 2 "a sweep option on a result" -- "$GWPLUME" render "$SCRATCH/sw/members/0001/result.h5" --tornado -o "$SCRATCH/x.png"
expect_exit 2 "CSV of a sweep" -- "$GWPLUME" export "$SWEEP" --csv "$SCRATCH/csv"
expect_output "for a sweep's sweep.h5 give --gis DIR, --vtk DIR and/or --xdmf" "what a sweep exports"
echo "not HDF5" > "$SCRATCH/broken.h5"
expect_exit 3 "an unreadable file" -- "$GWPLUME" render "$SCRATCH/broken.h5" -o "$SCRATCH/y.png"
expect_exit 3 "an unreadable file to export" -- "$GWPLUME" export "$SCRATCH/broken.h5" --gis "$SCRATCH/g2"
finish
