#!/usr/bin/env bash
# Exit codes of docs/command-line.md: 0 fine, 1 model failure, 2 bad input, 3 I/O error; and what is left on disk.
source "$(dirname "$0")/common.sh"
f1="$SOURCE/cases/verification/f1_confined_series.toml"

expect_exit 0 "check of a valid case" -- "$GWPLUME" check "$f1"
expect_output "the case is valid" "check summary"
expect_output "100 cells" "check counts cells"

expect_exit 0 "run of a valid case" -- "$GWPLUME" run "$f1" -o "$SCRATCH/ok" --quiet
[ -f "$SCRATCH/ok/result.h5" ] || fail "run left no result.h5"
[ -e "$SCRATCH/ok/result.h5.partial" ] && fail "run left a .partial file"
expect_output "flow balance" "closing summary"

expect_exit 2 "a missing case file" -- "$GWPLUME" check "$SCRATCH/none.toml"
expect_output "none.toml" "the missing file is named"

expect_exit 2 "a case with several errors" -- "$GWPLUME" check "$SOURCE/tests/data/broken/multiple_errors.toml"
expect_output "multiple_errors.toml:[0-9]+:[0-9]+: " "located messages"

expect_exit 2 "a bad --set value" -- "$GWPLUME" check "$f1" --set grid.nx=-3
expect_output "--set:1:1: grid.nx" "the override is named"

expect_exit 2 "an unknown --set key" -- "$GWPLUME" check "$f1" --set grid.nxx=3
expect_output "grid.nx" "the nearest key is suggested"

# No convergence: Newton cannot solve the unconfined problem in one outer iteration.
f2="$SOURCE/cases/verification/f2_dupuit_recharge.toml"
expect_exit 1 "a model that does not converge" -- "$GWPLUME" run "$f2" -o "$SCRATCH/fail" --set flow.max_iterations=1 --quiet
[ -e "$SCRATCH/fail/result.h5" ] && fail "a failed run left a result.h5 that looks whole"
[ -f "$SCRATCH/fail/result.h5.partial" ] || fail "a failed run left no .partial file"
if [ -f "$SCRATCH/fail/result.h5.partial" ]; then
  status=$(/usr/bin/python3 -c "import h5py,sys; print(h5py.File(sys.argv[1],'r').attrs['status'])" "$SCRATCH/fail/result.h5.partial")
  [ "$status" = "failed" ] || fail "status of a failed run is '$status', expected 'failed'"
fi

# An output directory that cannot be created.
touch "$SCRATCH/file"
expect_exit 3 "an output folder that cannot be made" -- "$GWPLUME" run "$f1" -o "$SCRATCH/file/sub" --quiet
finish
