#!/usr/bin/env bash
# The report and the comparison open cleanly in a real browser: headless Chromium loads each page
# (English and Chinese) and tests/cli/browser_check.py checks that every picture loaded
# (naturalWidth > 0), that nothing failed to load and the console shows no error, that every
# local link and source exists, and that the screenshot (1280 x 4000 px) is not blank. Chromium is
# required: scripts/setup installs it, and without it this test fails rather than skips.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/report_tiny.toml"

if ! command -v chromium > /dev/null; then
  fail "chromium is not installed (scripts/setup installs it; or apt-get install chromium)"
  finish
fi
if [ -z "${DISPLAY:-}" ]; then
  fail "no X server for the pictures: run the tests under xvfb-run -a (scripts/test does)"
  finish
fi

expect_exit 0 "baseline run" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet --set time.start=2005-01-01
expect_exit 0 "capped run" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/capped" --quiet --set time.start=2005-01-01 \
  --set 'landfills[0].leakage="50 mm/yr"'
for lang in en zh; do
  expect_exit 0 "report --lang $lang" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/report_$lang" --lang "$lang"
  expect_output "pictures drawn" "report $lang"
  expect_exit 0 "compare --lang $lang" -- "$GWPLUME" compare "$SCRATCH/base/result.h5" "$SCRATCH/capped/result.h5" \
    -o "$SCRATCH/compare_$lang" --lang "$lang"
  for page in "report_$lang/report.html" "compare_$lang/compare.html"; do
    expect_exit 0 "$page in Chromium" -- /usr/bin/python3 "$SOURCE/tests/cli/browser_check.py" "$SCRATCH/$page" \
      "$SCRATCH/${page%%/*}.png"
    echo "$OUT"
  done
done
finish
