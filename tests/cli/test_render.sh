#!/usr/bin/env bash
# `gwplume render` end to end on a tiny rotated case: plan maps (scales, heads, layers), a section,
# breakthrough curves, an animation, Chinese words, dates, JPEG, and the exit codes of bad
# requests (2) and missing files (3).
# Pictures need an X server: without DISPLAY the script re-runs itself under xvfb-run -a.
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run > /dev/null; then exec xvfb-run -a bash "$0" "$@"; fi
  echo "skipped: no DISPLAY and no xvfb-run"; exit 0
fi
source "$(dirname "$0")/common.sh"

# png_size FILE: "WIDTH HEIGHT" from the PNG's IHDR chunk; empty if FILE is not a PNG.
png_size() {
  [ "$(head -c 8 "$1" 2> /dev/null | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || return
  echo "$(( $(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}') )) \
$(( $(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}') ))"
}
expect_png() {  # expect_png FILE WIDTH DESCRIPTION
  local size; size=$(png_size "$1")
  [ -n "$size" ] || { fail "$3: $1 is not a PNG"; return; }
  [ "${size%% *}" = "$2" ] || fail "$3: width ${size%% *}, expected $2"
}

expect_exit 0 "run of the tiny case" -- "$GWPLUME" run "$SOURCE/tests/data/cases/render_tiny.toml" -o "$SCRATCH/r" --quiet
R="$SCRATCH/r/result.h5"

expect_exit 0 "plan map with defaults" -- "$GWPLUME" render "$R" -o "$SCRATCH/plan.png"
expect_output "wrote .*plan.png" "the file written is named"
expect_png "$SCRATCH/plan.png" 1600 "default plan map"
expect_exit 0 "plan map, log scale, first time" -- "$GWPLUME" render "$R" --scale log --time "200 d" -o "$SCRATCH/log.png"
expect_png "$SCRATCH/log.png" 1600 "log plan map"
expect_exit 0 "plan map in multiples of the limit" -- "$GWPLUME" render "$R" --scale limit --species ammonia_n -o "$SCRATCH/limit.png"
expect_exit 0 "heads of a layer given by name" -- "$GWPLUME" render "$R" --field head --layer silt --width 1200 -o "$SCRATCH/head.png"
expect_png "$SCRATCH/head.png" 1200 "head map at --width 1200"
expect_exit 0 "a case layer's sublayers together" -- "$GWPLUME" render "$R" --layer gravel -o "$SCRATCH/gravel.png"
expect_exit 0 "one sublayer by its grid layer name" -- "$GWPLUME" render "$R" --field head --layer "gravel (2/2)" -o "$SCRATCH/g2.png"
expect_exit 0 "Chinese words" -- "$GWPLUME" render "$R" --lang zh --title "梯田填埋场 氨氮" -o "$SCRATCH/zh.png"
echo "$OUT" | grep -q "warning" && fail "Chinese text gave a font warning: $OUT"
expect_exit 0 "a character no font has is drawn and named" -- "$GWPLUME" render "$R" --title $'tip \U0010FFFD' -o "$SCRATCH/box.png"
expect_output "warning: no installed font has the character U\+10FFFD" "the missing character is named"
expect_exit 0 "a floor" -- "$GWPLUME" render "$R" --floor "0.2 mg/L" -o "$SCRATCH/floor.png"
expect_exit 0 "JPEG by the extension" -- "$GWPLUME" render "$R" -o "$SCRATCH/plan.jpg"
[ "$(head -c 3 "$SCRATCH/plan.jpg" | od -An -tx1 | tr -d ' \n')" = "ffd8ff" ] || fail "plan.jpg is not a JPEG"
expect_exit 0 "default name beside the result" -- "$GWPLUME" render "$R" --layer 1
[ -f "$SCRATCH/r/plan-concentration.png" ] || fail "no plan-concentration.png beside the result"

expect_exit 0 "section" -- "$GWPLUME" render "$R" --section 500000,2500250,500560,2500250 -o "$SCRATCH/section.png"
expect_output "vertical exaggeration [0-9]+x" "the exaggeration is reported"
expect_png "$SCRATCH/section.png" 1600 "section"

expect_exit 0 "breakthrough curves" -- "$GWPLUME" render "$R" --breakthrough --points MW-1 --log -o "$SCRATCH/bt.png"
expect_png "$SCRATCH/bt.png" 1600 "breakthrough chart"
expect_exit 0 "breakthrough curves, a panel per species" -- "$GWPLUME" render "$R" --breakthrough --panels species --lang zh -o "$SCRATCH/bt-zh.png"
expect_png "$SCRATCH/bt-zh.png" 1600 "breakthrough chart in Chinese"

# With a start date: pictures show dates, and --time takes one.
expect_exit 0 "run of the tiny case with a start date" -- "$GWPLUME" run "$SOURCE/tests/data/cases/render_tiny.toml" -o "$SCRATCH/d" --quiet --set time.start=2020-01-01
D="$SCRATCH/d/result.h5"
expect_exit 0 "a stored time given as its date" -- "$GWPLUME" render "$D" --time 2020-07-19 -o "$SCRATCH/dated.png"
expect_exit 2 "a date that was not stored" -- "$GWPLUME" render "$D" --time 2021-01-01 -o "$SCRATCH/x.png"
expect_output "no concentration stored at 2021-01-01; stored times: 2020-07-19, 2022-12-31" "the stored times as dates"
expect_exit 2 "a date for a result without a start date" -- "$GWPLUME" render "$R" --time 2020-07-19 -o "$SCRATCH/x.png"
expect_output "no start date" "the reason is given"

expect_exit 0 "animation" -- "$GWPLUME" render "$R" --animate "$SCRATCH/anim"
expect_output "wrote 2 frames" "one frame per stored time"
expect_png "$SCRATCH/anim/frame_0000.png" 1600 "first frame"
expect_png "$SCRATCH/anim/frame_0001.png" 1600 "second frame"
if command -v ffmpeg > /dev/null; then
  [ -s "$SCRATCH/anim/animation.gif" ] || fail "ffmpeg is on PATH but no animation.gif"
  [ -s "$SCRATCH/anim/animation.mp4" ] || fail "ffmpeg is on PATH but no animation.mp4"
fi

# The picture is a map, not a blank page: many colours (the plume's shades, the text's grey levels).
if /usr/bin/python3 -c "import matplotlib" 2> /dev/null; then
  expect_exit 0 "the plan map holds a plume" -- /usr/bin/python3 - "$SCRATCH/plan.png" <<'PY'
import sys, matplotlib.image as m
a = (m.imread(sys.argv[1])[:, :, :3] * 255).astype(int)
colours = {tuple(p) for p in a.reshape(-1, 3)[::7]}
warm = ((a[:, :, 0] > 200) & (a[:, :, 2] < 120)).sum()   # yellow to brown plume pixels
assert len(colours) > 200 and warm > 5000, (len(colours), warm)
PY
fi

expect_exit 2 "an unknown species" -- "$GWPLUME" render "$R" --species nitrate -o "$SCRATCH/x.png"
expect_output "ammonia_n" "the species that exist are listed"
expect_exit 2 "a time that was not stored" -- "$GWPLUME" render "$R" --time "1 yr" -o "$SCRATCH/x.png"
expect_output "200 d, 1095.75 d \(3 yr\)" "the stored times are listed"
expect_exit 2 "a layer that does not exist" -- "$GWPLUME" render "$R" --layer 9 -o "$SCRATCH/x.png"
expect_exit 2 "a layer name that does not exist" -- "$GWPLUME" render "$R" --layer clay -o "$SCRATCH/x.png"
expect_output "gravel" "the layer names are listed"
expect_exit 2 "a malformed section" -- "$GWPLUME" render "$R" --section 1,2,3 -o "$SCRATCH/x.png"
expect_exit 2 "a section beside the grid" -- "$GWPLUME" render "$R" --section 0,0,100,0 -o "$SCRATCH/x.png"
expect_exit 2 "an unknown scale" -- "$GWPLUME" render "$R" --scale cubic -o "$SCRATCH/x.png"
expect_exit 2 "a log scale for heads" -- "$GWPLUME" render "$R" --field head --scale log -o "$SCRATCH/x.png"
expect_output "--scale log applies to concentrations" "the message says why"
expect_exit 2 "a picture format that cannot be written" -- "$GWPLUME" render "$R" -o "$SCRATCH/x.gif"
expect_output "\.png, \.jpg or \.jpeg" "the formats that can be written are named"
[ -e "$SCRATCH/x.gif" ] && fail "x.gif was written"
expect_exit 2 "an unknown language" -- "$GWPLUME" render "$R" --lang fr -o "$SCRATCH/x.png"
expect_exit 2 "a floor that is no concentration" -- "$GWPLUME" render "$R" --floor "2 m" -o "$SCRATCH/x.png"
expect_exit 2 "a floor for heads" -- "$GWPLUME" render "$R" --field head --floor 0.1 -o "$SCRATCH/x.png"
expect_exit 2 "an unknown panel choice" -- "$GWPLUME" render "$R" --breakthrough --panels many -o "$SCRATCH/x.png"
expect_exit 2 "--layer with --max-depth" -- "$GWPLUME" render "$R" --layer 1 --max-depth -o "$SCRATCH/x.png"
expect_exit 2 "two kinds of picture at once" -- "$GWPLUME" render "$R" --breakthrough --section 0,0,1,1
expect_exit 3 "a missing result file" -- "$GWPLUME" render "$SCRATCH/none.h5" -o "$SCRATCH/x.png"
expect_exit 3 "an output directory that does not exist" -- "$GWPLUME" render "$R" -o "$SCRATCH/no/such/dir/x.png"
finish
