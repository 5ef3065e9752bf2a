#!/usr/bin/env bash
# Broken and hostile input files through the real program: every case, sweep and CSV file of
# tests/data/hostile, and those made here (a 50 MB case, keys and values nested thousands deep,
# chains of extends, files no one may read), run as tests/data/hostile/EXPECTED says, one line an
# input. Each must end with its exit code and every message its line asks for (grep -E), within
# 10 s (under `timeout 20`), with no crash (exit >= 128), no "internal error", no HDF5 error stack,
# no control character (an escape sequence in a key must not reach the terminal), and, when it
# exits 2, every line located as FILE:LINE:COLUMN: (but the count at the end). Then:
# a case written on Windows (CRLF, a byte-order mark) checks exactly as the same case with LF.
source "$(dirname "$0")/common.sh"
PY=/usr/bin/python3
root=$(id -u)
# The inputs run from the scratch copy of the folder: the program by its absolute path.
case "$GWPLUME" in /*) ;; *) [ -e "$GWPLUME" ] && GWPLUME="$PWD/$GWPLUME" ;; esac

# A copy of the folder, so that inputs made here sit beside the files they extend.
work="$SCRATCH/hostile"
cp -r "$SOURCE/tests/data/hostile" "$work"
gen="$work/generated"
mkdir -p "$gen/chain"

"$PY" - "$work" <<'PY' || fail "the generated inputs were not made"
import math, os, sys
work = sys.argv[1]
gen = os.path.join(work, "generated")
base = open(os.path.join(work, "base.toml")).read()

def write(name, text):
    with open(os.path.join(gen, name), "w", encoding="utf-8") as f:
        f.write(text)

# 50 MB: the base case with 700 000 monitoring points (50 MB of such points once took more than a
# minute and 2.5 GB), and a sweep file padded to 50 MB with a comment.
with open(os.path.join(gen, "big_50mb.toml"), "w") as f:
    f.write(base.replace("[case]\n", "# 50 MB: the base case and 700 000 monitoring points.\n[case]\n", 1))
    point = '[[monitoring]]\nname = "P%07d"\nat = [55.0, 45.0]\n'
    for i in range(50 * 1024 * 1024 // len(point % 0) + 1):
        f.write(point % i)
with open(os.path.join(gen, "big_50mb_sweep.toml"), "w") as f:
    f.write('[sweep]\nname = "big"\nbase = "../base.toml"\nmethod = "grid"\n'
            '[[sweep.parameter]]\nkey = "properties.kh"\nlevels = ["1 m/d"]\n')
    line = "# " + "x" * 97 + "\n"
    f.write(line * (50 * 1024 * 1024 // len(line) + 1))

# Nested 10 000 deep: arrays, inline tables, a dotted key and a table header of 100 000 parts
# (which overflowed the stack inside toml++), in a case and in a sweep file.
n = 10000
write("deep_arrays.toml", 'extends = "../base.toml"\n[case]\ntitle = "10 000 nested arrays"\n'
      '[[flow.boundary]]\nname = "west"\nhead = ' + "[" * n + "]" * n + "\n")
write("deep_inline_tables.toml", 'extends = "../base.toml"\n[properties]\nlayer = ' + "{ a = " * n + "1" + " }" * n + "\n")
write("deep_dotted_key.toml", 'extends = "../base.toml"\n[properties]\n' + ".".join(["layer"] * 100000) + " = 1\n")
write("deep_table_header.toml", 'extends = "../base.toml"\n[' + ".".join(["grid"] * 100000) + ']\nnx = 1\n')
write("deep_sweep.toml", '[sweep]\nname = "deep"\nbase = "../base.toml"\nmethod = "grid"\n'
      + ".".join(["sweep"] * 100000) + ' = 1\n')

# Chains of extends: 32 files (the most allowed) and 50.
chain = os.path.join(gen, "chain")
with open(os.path.join(chain, "c00.toml"), "w") as f:
    f.write('extends = "../../base.toml"\n')
for k in range(1, 50):
    with open(os.path.join(chain, "c%02d.toml" % k), "w") as f:
        f.write('extends = "c%02d.toml"\n[case]\nname = "chain-%d"\n' % (k - 1, k))

# A landfill outline of 100 000 vertices (a circle): read and checked for crossings quickly.
vertices = ", ".join("[%.6f, %.6f]" % (30 + 9.9 * math.cos(2 * math.pi * k / 100000), 60 + 9.9 * math.sin(2 * math.pi * k / 100000))
                     for k in range(100000))
write("big_polygon.toml", 'extends = "../base.toml"\n[[landfills]]\nname = "tip"\npolygon = [' + vertices + "]\n")

# 150 000 monitoring points, the last one named as the first (duplicates were found by comparing
# every pair: minutes).
with open(os.path.join(gen, "many_points.toml"), "w") as f:
    f.write('extends = "../base.toml"\n')
    for i in range(150000):
        f.write('[[monitoring]]\nname = "P%d"\nat = [55.0, 45.0]\n' % i)
    f.write('[[monitoring]]\nname = "P0"\nat = [65.0, 45.0]\n')

# Files no one may read (mode 000): a CSV surface and a case.
write("unreadable.csv", "\n".join([",".join(["5.0"] * 10)] * 8) + "\n")
write("csv_unreadable.toml", 'extends = "../base.toml"\n[grid]\nlayers = [{ name = "cover", bottom = 18.0 }, '
      '{ name = "aquifer", bottom = { file = "unreadable.csv" }, split = 2 }]\n')
write("unreadable_case.toml", base)

# The LF twin of the CRLF case with problems, beside it.
with open(os.path.join(work, "crlf_errors.toml"), "rb") as f:
    crlf = f.read()
with open(os.path.join(work, "lf_errors.toml"), "wb") as f:
    f.write(crlf.replace(b"\r\n", b"\n"))
PY
chmod 000 "$gen/unreadable.csv" "$gen/unreadable_case.toml"
for f in csv_unreadable.toml unreadable_case.toml; do
  [ "$root" -eq 0 ] && echo "skipped as root: root reads a file of mode 000 anyway" > "$gen/$f.skip"
done

cd "$work" || exit 1
inputs=0; skipped=0
# run_input INPUT EXIT ARGUMENTS REGEX...: one line of EXPECTED.
run_input() {
  local input="$1" want="$2" arguments="$3"; shift 3
  inputs=$((inputs + 1))
  if [ -f "$input.skip" ]; then
    echo "  $input: $(cat "$input.skip")"; skipped=$((skipped + 1)); return
  fi
  local args=() word
  for word in $arguments; do
    [ "$word" = "{}" ] && args+=("$input") || args+=("$word")
  done
  local start end
  start=$(date +%s%N)
  OUT=$(timeout 20 "$GWPLUME" "${args[@]}" 2>&1)
  local got=$?
  end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  local what="$input ($arguments)"
  if [ "$got" -eq 124 ]; then fail "$what: still running after 20 s"; return; fi
  if [ "$got" -ge 128 ]; then fail "$what: killed by signal $((got - 128))"; echo "$OUT" | tail -5; return; fi
  [ "$ms" -lt 10000 ] || fail "$what: took $ms ms"
  if [ "$got" -ne "$want" ]; then fail "$what: exit $got, expected $want"; echo "$OUT" | head -20; return; fi
  if echo "$OUT" | grep -qiE "internal error|terminate called|HDF5-DIAG|#[0-9]{3}: .*H5"; then
    fail "$what: an internal error or an HDF5 error stack"; echo "$OUT" | head -10
  fi
  # Control characters from an input (an escape sequence in a key) never reach the terminal.
  if printf '%s' "$OUT" | LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]'; then
    fail "$what: a control character in the output"; printf '%s\n' "$OUT" | cat -v | head -5
  fi
  if [ "$got" -eq 2 ]; then
    local unlocated
    unlocated=$(echo "$OUT" | grep -vE '^.+:[0-9]+:[0-9]+: .' | grep -vE '^[0-9]+ problems? in the input; nothing was run\.$')
    [ -z "$unlocated" ] || { fail "$what: lines without FILE:LINE:COLUMN:"; echo "$unlocated" | head -5; }
  fi
  local pattern
  for pattern in "$@"; do
    echo "$OUT" | grep -qE -- "$pattern" || { fail "$what: output lacks /$pattern/"; echo "$OUT" | head -20; }
  done
}

lines=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  lines=$((lines + 1))
  fields=()
  rest="$line"
  while [[ "$rest" == *" ;; "* ]]; do fields+=("${rest%% ;; *}"); rest="${rest#* ;; }"; done
  fields+=("$rest")
  if [ "${#fields[@]}" -lt 4 ]; then fail "EXPECTED: a line of fewer than four fields: $line"; continue; fi
  run_input "${fields[0]}" "${fields[2]}" "${fields[1]}" "${fields[@]:3}"
done < "$work/EXPECTED"
[ "$lines" -ge 60 ] || fail "EXPECTED lists $lines inputs, expected at least 60"

# A case written on Windows checks exactly as with LF: the same output (but the memory the
# machine has now, and the file's name).
same_check() {  # same_check A B: check A and check B say the same
  local a b
  a=$("$GWPLUME" check "$1" 2>&1 | grep -v "this machine has" | sed "s|$1|FILE|g")
  b=$("$GWPLUME" check "$2" 2>&1 | grep -v "this machine has" | sed "s|$2|FILE|g")
  [ "$a" = "$b" ] || { fail "check $2 differs from check $1"; diff <(echo "$a") <(echo "$b") | head -10; }
}
same_check base.toml crlf_base.toml
same_check base.toml bom_base.toml
same_check lf_errors.toml crlf_errors.toml

echo "$inputs inputs, $skipped skipped"
finish
