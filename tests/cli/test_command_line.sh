#!/usr/bin/env bash
# The command line as a new user meets it: --help with examples and exit codes, messages for
# unknown commands and options, and the progress of a run (plain lines and the terminal bar).
source "$(dirname "$0")/common.sh"

# --help of gwplume and of every command: examples, the exit codes table, exit 0.
for command in "" run check export render report compare sweep; do
  expect_exit 0 "gwplume $command --help" -- "$GWPLUME" $command --help
  expect_output "^Examples:" "gwplume $command --help shows examples"
  expect_output "^Exit codes:" "gwplume $command --help shows the exit codes"
  for code in 0 1 2 3 4 130 143; do
    echo "$OUT" | grep -qE "^  $code +[a-z]" || fail "gwplume $command --help lacks exit code $code"
  done
  # Every example case named in the help is in the repository.
  for case_file in $(echo "$OUT" | grep -oE "cases/[A-Za-z0-9_/.-]+\.toml" | sort -u); do
    [ -f "$SOURCE/$case_file" ] || fail "gwplume $command --help names $case_file, which does not exist"
  done
done
expect_exit 0 "gwplume run --help" -- "$GWPLUME" run --help
expect_output "gwplume run cases/examples/quickstart.toml" "run --help has a worked example"

# Unknown options and commands: exit 2, named.
f1="$SOURCE/cases/verification/f1_confined_series.toml"
expect_exit 2 "an unknown option of run" -- "$GWPLUME" run "$f1" --bogus
expect_output "unknown option '--bogus' \(options: .*--threads" "the unknown option is named, with the known ones"
expect_exit 2 "a misspelt option of run" -- "$GWPLUME" run "$f1" --treads 1
expect_output "unknown option '--treads' \(did you mean '--threads'\?\)" "the nearest option is suggested"
expect_exit 2 "an unknown option before the command" -- "$GWPLUME" --frobnicate
expect_output "unknown option '--frobnicate'" "the unknown option is named"
expect_exit 2 "a misspelt command" -- "$GWPLUME" reprot out/result.h5
expect_output "unknown command 'reprot' \(did you mean 'report'\?\)" "the nearest command is suggested"
expect_exit 2 "no command" -- "$GWPLUME"

# Progress as plain lines (--quiet, or standard error not a terminal): a 2 x 2 cell case over
# 10 years from 2005-01-01 with outputs at 100 d, 1000 d and 10 yr takes 10 + 50 + 146 = 206
# transport steps (at most 10 d before 100 d, 18.2625 d after; tests/unit/app/test_planned_steps).
minimal="$SOURCE/tests/data/cases/minimal.toml"
overrides=(--set "time.end=10 yr" --set 'time.outputs=["100 d", "1000 d", "10 yr"]' --set time.start=2005-01-01)
"$GWPLUME" run "$minimal" -o "$SCRATCH/progress" --quiet "${overrides[@]}" > "$SCRATCH/out.txt" 2> "$SCRATCH/err.txt" ||
  fail "the progress run failed: $(cat "$SCRATCH/err.txt")"
progress_lines=$(grep -c " %  t = " "$SCRATCH/err.txt")
# One line per tenth (0 % to 100 %), and one a minute only in a long run, which this is not.
[ "$progress_lines" -eq 11 ] || fail "plain progress printed $progress_lines lines, expected 11"
grep -q $'\r' "$SCRATCH/err.txt" && fail "plain progress holds carriage returns"
# The first step past a tenth is step 21 (21 / 206); the 50 steps from 100 d to 1000 d are 18 d
# each, so it ends at 100 + 11 x 18 = 298 d: 2005-10-26.
grep -qE "^ 10 %  t = 2005-10-26  step 21 of 206  wall [0-9]+ s" "$SCRATCH/err.txt" ||
  fail "the 10 % line is not at step 21 of 206 on 2005-10-26: $(sed -n 2p "$SCRATCH/err.txt")"
grep -qE "^100 %  t = 2015-01-01  step 206 of 206  wall [0-9]+ s$" "$SCRATCH/err.txt" ||
  fail "the last line is not step 206 of 206 on 2015-01-01: $(tail -1 "$SCRATCH/err.txt")"
grep -q "1 species, 206 steps" "$SCRATCH/out.txt" || fail "the run took other steps than the 206 planned"

# The bar on a terminal (a pseudo-terminal from script(1)), 60 columns wide: redrawn in place,
# never wider than 59 characters, cleared at the end.
if command -v script > /dev/null; then
  script -qec "stty cols 60; '$GWPLUME' run '$minimal' -o '$SCRATCH/bar' ${overrides[*]@Q}" "$SCRATCH/typescript" \
    > /dev/null 2>&1 || fail "the run on a terminal failed"
  # Everything before the summary, split at each carriage return.
  bar=$(sed -n '/^quickstart\|^minimal/q;p' "$SCRATCH/typescript" | tr '\r' '\n' | grep -v "^Script")
  echo "$bar" | grep -qE "^\[#* *\] +[0-9]+ %  t = 20" || fail "no progress bar was drawn: $(echo "$bar" | head -3)"
  widest=$(echo "$bar" | awk '{ if (length($0) > w) w = length($0) } END { print w + 0 }')
  [ "$widest" -le 59 ] || fail "a progress line is $widest characters wide on a 60-column terminal"
  # The last thing before the summary is a line of spaces (the bar cleared).
  last=$(echo "$bar" | grep -v '^$' | tail -1)
  [ -z "${last// /}" ] || fail "the bar was not cleared at the end: '$last'"
fi
finish
