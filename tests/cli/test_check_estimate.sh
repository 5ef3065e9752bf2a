#!/usr/bin/env bash
# `gwplume check` on the terrace example: what it echoes of the case (areas, rates with their
# signs, dates), the transport steps it counts and the warnings a setting that makes the steps
# tiny raises, naming where and the key to change.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/cases/examples/terrace_landfill.toml"

expect_exit 0 "check of the terrace case" -- "$GWPLUME" check "$case_file"
expect_output "^time: 2005-01-01 to 2055-01-01 \(18262 d\)" "the run's span as dates (50 x 365 + 12 leap days)"
expect_output "landfill +terrace landfill: 6 ha \(its cells 6 ha, 150 columns\); leakage 250 mm/yr from 2005-01-01, 60 mm/yr from 2020-01-01" \
  "the landfill's area (300 m x 200 m) and its leakage schedule with dates"
expect_output "well +village well: extracts, rate -40 m3/d" "an extraction is negative and said so"
expect_output "abandoned well AW-1: open from 52 m to 6 m, radius 0.15 m, open, 10 cells \(layers 1-10\); never plugged" \
  "the abandoned well's bore"
# Default steps, counted by hand: end / 200 = 91.31 d, and a tenth of each interval between the
# outputs (1826, 3652, 6754, 10957, 18262 d) and the leakage change (5478 d), the shorter:
# 1826 / 91.31 -> 20, 20, 20; 1276 / 10 = 127.6 -> 91.31: 14; 4203 -> 47; 7305 -> 81: 202.
expect_output "transport steps +202 \(by accuracy" "the default steps are counted"
expect_output "^warnings: none" "no warning with the defaults"

expect_exit 0 "check with a one-hour max_step" -- "$GWPLUME" check "$case_file" --set 'time.max_step="1 h"'
# 18262 d x 24 = 438288 steps.
expect_output "transport steps +438288 \(time.max_step 0.04167 d\)" "a max_step counts its steps"
expect_output "the transport takes 438288 steps .*: time.max_step is 0.04167 d; raise time.max_step, or leave it out" \
  "tiny steps from max_step are a warning naming the key"

expect_exit 0 "check with max_courant = 1" -- "$GWPLUME" check "$case_file" --set transport.max_courant=1
expect_output "set by the Courant limit" "the Courant limit is read from the first flow"
expect_output "the Courant limit allows steps of [0-9.]+ d, set by the water of layer [0-9]+ \([a-z -]+\), row [0-9]+, column [0-9]+ at \(" \
  "the warning names the cell that sets the limit"
expect_output "leave transport.max_courant out \(implicit steps need no Courant limit\)" "and the key to change"

expect_exit 0 "check with explicit steps" -- "$GWPLUME" check "$case_file" --set transport.weighting=explicit
expect_output "stability limit of the explicit part allows steps of" "explicit steps name their stability limit"
expect_output "transport.weighting = \"implicit\" \(the default\) is stable at any step" "and the key to change"
finish
