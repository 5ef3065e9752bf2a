#!/usr/bin/env bash
# `gwplume render --centre-track` and `--trend-map` end to end on the tiny case: the pictures are
# written at the size asked, with the track's ink and every decision's symbol in its colour (the
# trends table rewritten by add_mna_tables.py so all seven appear), in English and Chinese; a
# result written before trends existed is refused with exit code 2 and its name, its track drawn
# without a speed. Where each symbol lands is checked in tests/unit/render.
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run > /dev/null; then exec xvfb-run -a bash "$0" "$@"; fi
  echo "skipped: no DISPLAY and no xvfb-run"; exit 0
fi
source "$(dirname "$0")/common.sh"
PY=/usr/bin/python3
CHECK="$SOURCE/tests/cli/check_mna_pictures.py"
TABLES="$SOURCE/tests/cli/add_mna_tables.py"
# Colours of postprocess/render/trend_symbols.cpp and centre_track.cpp, as docs/pictures.md gives them.
TRACK="track=51,26,153"
INCREASING="increasing=214,26,28"
PROBABLY_UP="probably-increasing=255,153,0"
STABLE="stable=153,153,153"
PROBABLY_DOWN="probably-decreasing=153,222,128"
DECREASING="decreasing=26,140,51"
TOO_FEW="insufficient-data=77,77,77:10"
BELOW_LIMIT="below-limit-mark=33,102,217:10"

expect_exit 0 "run of the tiny case" -- "$GWPLUME" run "$SOURCE/tests/data/cases/render_tiny.toml" -o "$SCRATCH/r" --quiet
R="$SCRATCH/r/result.h5"

# The run's own tables: MW-1 has two output times after trend_from, too few to judge.
expect_exit 0 "centre track" -- "$GWPLUME" render "$R" --centre-track -o "$SCRATCH/track.png"
expect_output "wrote .*track.png \(centre of dissolved mass at 2 output times\)" "the track's file and dots are named"
$PY "$CHECK" "$SCRATCH/track.png" 1600 "$TRACK:200" || fail "centre track picture"
expect_exit 0 "trend map of the run's table" -- "$GWPLUME" render "$R" --trend-map --width 1200 -o "$SCRATCH/trends-run.png"
expect_output "Mann-Kendall trends of 1 points on the map" "the point is counted"
$PY "$CHECK" "$SCRATCH/trends-run.png" 1200 "$TOO_FEW" || fail "trend map of the run's own table"
expect_exit 0 "default name beside the result" -- "$GWPLUME" render "$R" --trend-map
[ -f "$SCRATCH/r/trends-concentration.png" ] || fail "no trends-concentration.png beside the result"

# Every decision: seven points round the centre of mass.
cp "$R" "$SCRATCH/every.h5"
$PY "$TABLES" "$SCRATCH/every.h5" ammonia_n --every-class > /dev/null || fail "adding the tables"
expect_exit 0 "trend map of every decision" -- "$GWPLUME" render "$SCRATCH/every.h5" --trend-map -o "$SCRATCH/trends.png"
expect_output "Mann-Kendall trends of 7 points on the map" "seven points"
$PY "$CHECK" "$SCRATCH/trends.png" 1600 "$INCREASING" "$PROBABLY_UP" "$STABLE" "$PROBABLY_DOWN" "$DECREASING" "$TOO_FEW" \
  "$BELOW_LIMIT" || fail "trend map symbols"
expect_exit 0 "trend map in Chinese with a floor" -- "$GWPLUME" render "$SCRATCH/every.h5" --trend-map --lang zh --floor 1 -o "$SCRATCH/trends-zh.png"
echo "$OUT" | grep -q "warning" && fail "Chinese trend map gave a warning: $OUT"
$PY "$CHECK" "$SCRATCH/trends-zh.png" 1600 "$INCREASING" "$DECREASING" || fail "Chinese trend map symbols"
expect_exit 0 "centre track in Chinese at the first time" -- "$GWPLUME" render "$SCRATCH/every.h5" --centre-track --lang zh --time "200 d" -o "$SCRATCH/track-zh.png"
echo "$OUT" | grep -q "warning" && fail "Chinese centre track gave a warning: $OUT"
$PY "$CHECK" "$SCRATCH/track-zh.png" 1600 "$TRACK:200" || fail "Chinese centre track"

# Written before trends existed.
cp "$R" "$SCRATCH/old.h5"
$PY "$TABLES" "$SCRATCH/old.h5" ammonia_n --drop || fail "dropping the tables"
expect_exit 2 "trend map of an older result" -- "$GWPLUME" render "$SCRATCH/old.h5" --trend-map -o "$SCRATCH/old-trends.png"
expect_output "old.h5 has no Mann-Kendall trends of ammonia_n .*written before trends existed" "the result and the reason are named"
[ -f "$SCRATCH/old-trends.png" ] && fail "a picture was written for the older result"
expect_exit 0 "centre track of an older result" -- "$GWPLUME" render "$SCRATCH/old.h5" --centre-track -o "$SCRATCH/old-track.png"
$PY "$CHECK" "$SCRATCH/old-track.png" 1600 "$TRACK:200" || fail "centre track of an older result"

# Requests that cannot be met.
expect_exit 2 "centre track over heads" -- "$GWPLUME" render "$R" --centre-track --field head -o "$SCRATCH/x.png"
expect_output "concentration map" "says what it is drawn over"
expect_exit 2 "two pictures at once" -- "$GWPLUME" render "$R" --centre-track --trend-map -o "$SCRATCH/x.png"
expect_output "choose one of" "names the choices"
expect_exit 2 "an unknown species" -- "$GWPLUME" render "$R" --trend-map --species nitrate -o "$SCRATCH/x.png"
expect_exit 3 "a missing result" -- "$GWPLUME" render "$SCRATCH/none.h5" --trend-map -o "$SCRATCH/x.png"

finish
