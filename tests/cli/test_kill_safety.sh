#!/usr/bin/env bash
# SIGKILL at every write a run makes to its result file, and at random moments of a longer run:
# never a result.h5, only a result.h5.partial whose status is not complete; what h5py reads of it
# is, bit for bit, what the uninterrupted run stored at the same times (nothing wrong, only less);
# and every gwplume reader either reads it (exit 0, saying the run did not complete) or refuses
# it (exit 3 naming the file), never crashes. The kills at chosen writes come from a preloaded
# library (tests/fault/kill_at_write.c, built beside the program); half of them also cut that
# write in two at a page boundary, as a kill in the middle of a large write can.
source "$(dirname "$0")/common.sh"
PY=/usr/bin/python3
shim="$(dirname "$GWPLUME")/gwp_kill_at_write.so"
[ -f "$shim" ] || { fail "the fault-injection library $shim is not built"; finish; }
# A program built with AddressSanitizer wants its runtime first among the preloaded libraries.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
case_file="$SOURCE/tests/data/cases/report_tiny.toml"
run_tiny() {  # run_tiny OUT [env...]: the tiny case, 2 years, four stored times
  local out="$1"; shift
  env "$@" LD_PRELOAD="$shim" "$GWPLUME" run "$case_file" -o "$out" --threads 1 --quiet \
    --set 'time.outputs=["182.625 d", "365.25 d", "547.875 d", "730.5 d"]' > "$out.log" 2>&1
}

# The uninterrupted run, counting its writes to the result file.
run_tiny "$SCRATCH/ref" GWPLUME_COUNT_WRITES="$SCRATCH/count" || fail "the uninterrupted run failed"
writes=$(cat "$SCRATCH/count" 2>/dev/null || echo 0)
echo "the uninterrupted run writes its result file in $writes writes"
[ "$writes" -ge 20 ] || fail "only $writes writes counted: the library did not see the result file"

# About 150 of them, spread over the run (GWPLUME_KILL_STRIDE=1: every one, a few minutes).
stride=${GWPLUME_KILL_STRIDE:-$(( (writes + 149) / 150 ))}
killed=0 readers_read=0 readers_refused=0
for n in $(seq 1 "$stride" "$writes"); do
  torn=$(( (n / stride) % 2 ))
  out="$SCRATCH/k$n"
  run_tiny "$out" GWPLUME_KILL_AT_WRITE="$n" GWPLUME_KILL_TORN="$torn"
  got=$?
  [ "$got" -eq 137 ] || { fail "write $n: exit $got, expected 137 (killed)"; continue; }
  killed=$((killed + 1))
  [ -e "$out/result.h5" ] && fail "write $n: a killed run left a result.h5"
  [ -f "$out/result.h5.partial" ] || { fail "write $n: no result.h5.partial"; continue; }
  OUT=$(timeout 60 "$GWPLUME" export "$out/result.h5.partial" --csv "$out/csv" 2>&1); code=$?
  case "$code" in
    0) readers_read=$((readers_read + 1))
       echo "$OUT" | grep -q "did not finish" || fail "write $n: export read the file without saying the run did not finish" ;;
    3) readers_refused=$((readers_refused + 1))
       echo "$OUT" | grep -q "result.h5.partial" || fail "write $n: export refused the file without naming it: $OUT" ;;
    *) fail "write $n: export exit $code, expected 0 or 3"; echo "$OUT" | tail -5 ;;
  esac
  echo "$OUT" | grep -qi "internal error\|HDF5-DIAG" && fail "write $n: export: $OUT"
done
echo "killed at each of $killed writes: export read $readers_read, refused $readers_refused"

timeout 300 "$PY" - "$SCRATCH" "$writes" "$stride" <<'PY' || fail "a killed run's file holds something the uninterrupted run did not store"
import sys, h5py, numpy as np
scratch, writes, stride = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ref = h5py.File(f"{scratch}/ref/result.h5", "r")
whole = torn_last = unreadable = wrong = 0
stored = {}  # kill point -> transport times h5py read, or None if it could not read the file
for n in range(1, writes + 1, stride):
    stored[n] = None
    path = f"{scratch}/k{n}/result.h5.partial"
    try:
        f = h5py.File(path, "r")
    except Exception:
        unreadable += 1
        continue
    problems, mismatch = [], False
    def visit(name, obj):
        global mismatch
        if not isinstance(obj, h5py.Dataset):
            return
        try:
            values = obj[()]
        except Exception as error:
            problems.append(f"{name}: {error}")
            return
        if name not in ref or values.dtype.kind != "f" or values.ndim == 0:
            return
        expected = ref[name][()]
        if values.shape[1:] != expected.shape[1:] or values.shape[0] > expected.shape[0]:
            problems.append(f"{name}: extent {values.shape}, the complete run's {expected.shape}")
            return
        rows = values.shape[0]
        # Growing datasets extended for a time whose values did not reach the disk hold the
        # fill value there; every row the complete run also has must otherwise be equal.
        same = np.array_equal(values, expected[:rows], equal_nan=True)
        if not same:
            filled = values[-1:] if rows else values
            if rows and np.array_equal(values[:-1], expected[:rows - 1], equal_nan=True):
                mismatch = True  # the last row not written yet: refused by gwplume, not wrong
            else:
                problems.append(f"{name}: differs from the complete run")
    try:
        f.visititems(visit)
        for group in ("flow", "transport"):
            if f"{group}/times" in f and f"{group}/times" in ref:
                t = f[f"{group}/times"][()]
                if not np.array_equal(t, ref[f"{group}/times"][:len(t)]):
                    problems.append(f"/{group}/times {t.tolist()}")
    except Exception as error:
        problems.append(str(error))
    if not problems:
        stored[n] = f["transport/times"].shape[0] if "transport/times" in f else 0
    f.close()
    if any("differs" in p or "times" in p for p in problems):
        wrong += 1
        print(f"  write {n}: " + "; ".join(problems[:3]))
    elif problems:
        unreadable += 1
        print(f"  write {n}: h5py: " + "; ".join(problems[:2]))
    elif mismatch:
        torn_last += 1
    else:
        whole += 1
print(f"h5py: {whole} whole up to their last stored time, {torn_last} with the last time partly "
      f"written, {unreadable} unreadable, {wrong} with values the complete run did not store")
# Kills between two flushes leave the file as the first of them left it: each stored time of the
# run is found whole in some killed run's file.
counts = sorted({t for t in stored.values() if t is not None})
last = ref["transport/times"].shape[0]
missing = [k for k in range(0, last) if k not in counts]
print(f"stored times found whole after a kill: {counts}")
if missing:
    print(f"  no killed run's file held exactly {missing} stored times")
sys.exit(1 if wrong or missing else 0)
PY

# SIGKILL from outside at random moments of a longer run (the quick-start case to 1000 d in
# 2-day steps, a stored time every 50 d): the same promises.
outputs="[$(seq -s ', ' -f '"%g d"' 50 50 1000)]"
for k in 1 2 3 4; do
  out="$SCRATCH/r$k"
  delay=$("$PY" -c "import random; print(round(random.uniform(0.5, 5), 2))")
  "$GWPLUME" run "$SOURCE/cases/examples/quickstart.toml" -o "$out" --threads 1 --quiet \
    --set time.max_step="2 d" --set time.end="1000 d" --set "time.outputs=$outputs" > "$out.log" 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid"; got=$?
  [ "$got" -eq 137 ] || { fail "random kill $k at $delay s: exit $got, expected 137"; continue; }
  [ -e "$out/result.h5" ] && fail "random kill $k: a killed run left a result.h5"
  [ -f "$out/result.h5.partial" ] || { fail "random kill $k: no result.h5.partial"; continue; }
  OUT=$(timeout 60 "$GWPLUME" export "$out/result.h5.partial" --csv "$out/csv" 2>&1); code=$?
  [ "$code" -eq 0 ] || [ "$code" -eq 3 ] || fail "random kill $k: export exit $code"
  times=$(timeout 60 "$PY" -c "import h5py, sys; f = h5py.File(sys.argv[1], 'r'); print(f['transport/times'].shape[0] if 'transport/times' in f else 0, f.attrs['status'])" "$out/result.h5.partial" 2>&1)
  echo "random kill $k at $delay s: export exit $code; h5py: stored times and status: $times"
done
finish
