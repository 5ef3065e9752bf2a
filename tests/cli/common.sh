# Shared by the command-line tests: the executable, the source tree, a scratch folder, and
# assertions that say what they saw.
set -u
GWPLUME="$1"
SOURCE="$2"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect_exit CODE DESCRIPTION -- COMMAND...: runs COMMAND, keeps its output in $OUT.
expect_exit() {
  local want="$1" what="$2"; shift 3
  OUT=$("$@" 2>&1); local got=$?
  if [ "$got" -ne "$want" ]; then fail "$what: exit $got, expected $want"; echo "$OUT" | head -20; fi
}

expect_output() {  # expect_output PATTERN DESCRIPTION
  echo "$OUT" | grep -qE -- "$1" || { fail "$2: output lacks /$1/"; echo "$OUT" | head -20; }
}

finish() {
  if [ "$failures" -ne 0 ]; then echo "$failures failure(s)"; exit 1; fi
  echo "all checks passed"
}
