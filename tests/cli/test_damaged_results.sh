#!/usr/bin/env bash
# Every reader of a result given a damaged copy of one: render, export, report, compare (the copy
# after a whole baseline) and the collection of a sweep (the copy as a member's result.h5). From a
# run of the tiny case, make_damaged_results.py makes 15 copies: empty, truncated at 10, 50 and
# 90 %, four bytes inverted in the middle (five seeds), a text file, the root attributes alone, format
# version 2, a concentration field one column short, /transport removed, and an interrupted
# run's result.h5.partial. Each (reader, copy) must exit 3 with a message naming the file and no
# "internal error"; never 0, never a signal. The interrupted result is read (exit 0) with a warning
# that it is incomplete, except by the sweep, whose members must be complete (exit 3).
# Inverted bytes are the exception: HDF5 1.10 keeps no checksum of uncompressed data or of the
# file's structure, so where the bytes land decides. A copy whose bytes hit a gzip chunk of a
# head or concentration field (flips.txt, from the file's chunk map) must make export --vtk, which
# reads every slice of them, exit 3;
# otherwise any reader may exit 0 (the change is not detectable), but never crash or exit otherwise.
source "$(dirname "$0")/common.sh"
PY=/usr/bin/python3
case_file="$SOURCE/tests/data/cases/report_tiny.toml"

expect_exit 0 "run of the tiny case" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet
good="$SCRATCH/base/result.h5"
names=$("$PY" "$(dirname "$0")/make_damaged_results.py" "$good" "$SCRATCH/damaged") || fail "damaged copies not made"
[ "$(echo "$names" | wc -l)" -eq 15 ] || fail "expected 15 damaged copies, got: $names"
mkdir -p "$SCRATCH/stopped"
mv "$SCRATCH/damaged/interrupted.h5" "$SCRATCH/stopped/result.h5.partial"

# A sweep of two members of the tiny case, collected once whole.
cat > "$SCRATCH/sweep.toml" <<TOML
[sweep]
name = "damage"
base = "$case_file"
method = "grid"
[[sweep.parameter]]
key = "properties.kh"
levels = ["30 m/d", "31 m/d"]
TOML
expect_exit 0 "the whole sweep" -- "$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/sweep" --jobs 1
member="$SCRATCH/sweep/members/0002/result.h5"
cp "$member" "$SCRATCH/member_whole.h5"

mkdir -p "$SCRATCH/out"
cases=0; errors=0; warned=0; silent=0
# check_reader READER WANT FILE_SHOWN -- COMMAND...: the exit code WANT, a message naming FILE_SHOWN
# (for exit 3) or saying the run did not complete (for exit 0), never an internal error or a crash.
# WANT "3or0": exit 3 naming the file, or 0 (inverted bytes the library cannot see).
check_reader() {
  local reader="$1" want="$2" shown="$3"; shift 4
  cases=$((cases + 1))
  OUT=$("$@" 2>&1); local got=$?
  local what="$reader on $(basename "$(dirname "$shown")")/$(basename "$shown")"
  if [ "$got" -ge 128 ]; then fail "$what: killed by signal $((got - 128))"; echo "$OUT" | tail -5; return; fi
  if [ "$want" = 3or0 ]; then
    if [ "$got" -eq 0 ]; then silent=$((silent + 1)); echo "  $what: exit 0 (not detectable)"; return; fi
    want=3
  fi
  if [ "$got" -ne "$want" ]; then fail "$what: exit $got, expected $want"; echo "$OUT" | tail -5; return; fi
  if echo "$OUT" | grep -qiE "internal error|terminate called|Traceback|HDF5-DIAG|Segmentation"; then
    fail "$what: not a plain message"; echo "$OUT" | tail -5
  fi
  if [ "$want" -eq 3 ]; then
    errors=$((errors + 1))
    echo "$OUT" | grep -qF -- "$shown" || { fail "$what: the message does not name the file"; echo "$OUT" | tail -5; }
  else
    warned=$((warned + 1))
    echo "$OUT" | grep -qiE "warning: .*(interrupted|did not complete)" ||
      { fail "$what: no warning that the result is incomplete"; echo "$OUT" | tail -5; }
  fi
  echo "  $what: exit $got: $(echo "$OUT" | grep -iE "error|warning|not a gwplume" | head -1 | cut -c1-200)"
}

each_reader() {  # each_reader FILE WANT_OF_THE_FOUR: render, export, report and compare on FILE
  local f="$1" want="$2" d="$SCRATCH/out/$(basename "$1")"
  check_reader render "$want" "$f" -- "$GWPLUME" render "$f" -o "$d-plan.png"
  check_reader export "$want" "$f" -- "$GWPLUME" export "$f" --vtk "$d-vtk" --csv "$d-csv"
  check_reader report "$want" "$f" -- "$GWPLUME" report "$f" -o "$d-report"
  check_reader compare "$want" "$f" -- "$GWPLUME" compare "$good" "$f" -o "$d-compare"
}

gzip_hits=0
for name in $names; do
  [ "$name" = interrupted ] && continue
  want=3
  case "$name" in flipped_*) want=3or0 ;; esac
  each_reader "$SCRATCH/damaged/$name.h5" $want
  cp "$SCRATCH/damaged/$name.h5" "$member"
  check_reader sweep $want "$member" -- "$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/sweep" --collect
  if grep -q "^$name gzip" "$SCRATCH/damaged/flips.txt"; then
    gzip_hits=$((gzip_hits + 1))
    expect_exit 3 "export of every field of $name" -- "$GWPLUME" export "$SCRATCH/damaged/$name.h5" --vtk "$SCRATCH/out/$name-all"
    expect_output "$name.h5: .*inflate" "the damaged chunk is named"
  fi
done
[ "$gzip_hits" -ge 1 ] || fail "no inverted byte landed in a compressed chunk: the seeds no longer test it"
each_reader "$SCRATCH/stopped/result.h5.partial" 0
cp "$SCRATCH/stopped/result.h5.partial" "$member"
check_reader sweep 3 "$member" -- "$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/sweep" --collect
grep -qiE "incomplete|interrupted|did not" "$SCRATCH/out/result.h5.partial-report/report.md" ||
  fail "the report of an interrupted result does not say it is incomplete"

# The whole member again: the collection is whole (the damage was in the copies, not the reader).
cp "$SCRATCH/member_whole.h5" "$member"
expect_exit 0 "the sweep collected again from whole members" -- "$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/sweep" --collect
[ "$cases" -eq 75 ] || fail "expected 75 (reader, copy) cases, ran $cases"
echo "$cases (reader, copy) cases: $errors exit 3 naming the file, $warned read with a warning, $silent inverted-byte cases read as whole (exit 0; $gzip_hits of 5 copies hit a gzip chunk)"
finish
