#!/usr/bin/env bash
# SIGTERM and SIGINT stop a run at the end of the step under way: exit 143 or 130 within 2 s of
# the signal, no result.h5, and a result.h5.partial that h5py opens with status interrupted, every
# output time completed before the signal stored whole and none after; a second signal while the
# result is being closed changes nothing. Each run takes about 15 s uninterrupted (quick-start
# case to 1000 d, 2-day steps, one thread) and is stopped 3 s in (later if it has not reached
# its second output time by then).
source "$(dirname "$0")/common.sh"
PY=/usr/bin/python3
case="$SOURCE/cases/examples/quickstart.toml"
# Outputs every 50 d to the end at 1000 d, 2-day steps: about 500 transport steps.
outputs="[$(seq -s ', ' -f '"%g d"' 50 50 1000)]"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# stop_run NAME SIGNAL... CODE: starts the run, sends the signals 3 s in (0.1 s apart), checks the
# exit code, the time from the first signal to the exit, and the files left.
stop_run() {
  local name="$1" code="${*: -1}" signals=("${@:2:$#-2}")
  local dir="$SCRATCH/$name"
  "$GWPLUME" run "$case" -o "$dir" --threads 1 --quiet --set time.max_step="2 d" \
    --set time.end="1000 d" --set "time.outputs=$outputs" > "$SCRATCH/$name.log" 2>&1 &
  local pid=$!
  sleep 3
  # On a busy machine the first output time (50 d) may not be written yet: wait for the progress
  # line of 10 % (t = 100 d, after it) so that some output times are complete, none too early.
  for _ in $(seq 120); do grep -q "^ *[1-9][0-9] %" "$SCRATCH/$name.log" && break; sleep 0.5; done
  local sent; sent=$(now_ms)
  for s in "${signals[@]}"; do kill -s "$s" "$pid" 2>/dev/null; sleep 0.1; done
  wait "$pid"; local got=$?
  local took=$(( $(now_ms) - sent ))
  echo "$name: exit $got, $took ms after the first signal"
  [ "$got" -eq "$code" ] || { fail "$name: exit $got, expected $code"; tail -5 "$SCRATCH/$name.log"; }
  [ "$took" -le 2000 ] || fail "$name: stopped $took ms after the signal, more than 2 s"
  [ -e "$dir/result.h5" ] && fail "$name: an interrupted run left a result.h5 that looks whole"
  [ -f "$dir/result.h5.partial" ] || { fail "$name: no result.h5.partial"; return; }
  # The stop time the run reports, "interrupted at t = X d": the stored times must be the case's
  # output times up to X, each whole.
  local at; at=$(sed -n 's/.*interrupted at t = \([0-9.e+-]*\) d.*/\1/p' "$SCRATCH/$name.log" | tail -1)
  [ -n "$at" ] || { fail "$name: the log does not say where the run stopped"; cat "$SCRATCH/$name.log"; return; }
  "$PY" - "$dir/result.h5.partial" "$at" "$outputs" <<'PY' || fail "$name: the interrupted result is not what was completed"
import json, sys
import h5py, numpy as np
path, at, outputs = sys.argv[1], float(sys.argv[2]), sys.argv[3]
days = [float(o.split()[0]) for o in json.loads(outputs)]  # all in d
ok = True
def check(cond, what):
    global ok
    if not cond:
        print("  not so:", what)
        ok = False
with h5py.File(path, "r") as f:
    status = f.attrs["status"]
    status = status.decode() if isinstance(status, bytes) else status
    check(status == "interrupted", f"status {status!r}, expected 'interrupted'")
    done = [d for d in days if d <= at * (1 + 1e-12)]
    check(0 < len(done) < len(days), f"stopped at {at} d: expected some but not all of {days} completed")
    for group in ("flow", "transport"):
        times = f[group + "/times"][...]
        check(np.allclose(times, done, rtol=1e-12, atol=0), f"/{group}/times {times.tolist()}, expected {done}")
    check(f["flow/head"].shape[0] == len(done), f"/flow/head has {f['flow/head'].shape[0]} times")
    for sp in f["transport"]:
        if isinstance(f["transport"][sp], h5py.Group):
            c = f["transport"][sp]["concentration"]
            check(c.shape[0] == len(done), f"{sp} concentration has {c.shape[0]} times, expected {len(done)}")
            check(np.isfinite(c[-1]).all(), f"{sp}: the last stored concentrations are not all finite")
    last = f.attrs.get("last_output_time")
    check(last is not None and abs(float(last) - done[-1]) <= 1e-9 * done[-1],
          f"last_output_time {last}, expected {done[-1]}")
    print(f"  stopped at t = {at} d; {len(done)} of {len(days)} output times stored, the last {done[-1]} d")
sys.exit(0 if ok else 1)
PY
}

stop_run sigterm TERM 143
stop_run sigint INT 130
# A second SIGTERM 0.1 s after the first: the result is still closed whole.
stop_run twice TERM TERM 143

# A sweep told to stop (SIGTERM to the sweep alone, as `kill` does): it passes the signal on to the
# member running, starts no other, exits 143 without collecting; the stopped member is recorded
# and, without a status.txt, runs again when the sweep does.
cat > "$SCRATCH/slow.toml" <<TOML
extends = "$case"
[time]
end = "1000 d"
outputs = $outputs
max_step = "2 d"
TOML
cat > "$SCRATCH/pair.toml" <<TOML
[sweep]
name = "pair"
base = "slow.toml"
method = "grid"
[[sweep.parameter]]
key = "properties.kh"
levels = ["25 m/d", "35 m/d"]
TOML
"$GWPLUME" sweep "$SCRATCH/pair.toml" -o "$SCRATCH/pair" --jobs 1 > "$SCRATCH/pair.log" 2>&1 &
pid=$!
sleep 3
for _ in $(seq 120); do grep -q "^ *[1-9][0-9] %" "$SCRATCH/pair/members/0001/run.log" 2>/dev/null && break; sleep 0.5; done
sent=$(now_ms)
kill -s TERM "$pid"
wait "$pid"; got=$?
took=$(( $(now_ms) - sent ))
echo "sweep: exit $got, $took ms after the signal"
[ "$got" -eq 143 ] || { fail "sweep: exit $got, expected 143"; cat "$SCRATCH/pair.log"; }
[ "$took" -le 2000 ] || fail "sweep: stopped $took ms after the signal, more than 2 s"
member="$SCRATCH/pair/members/0001"
[ -e "$member/result.h5" ] && fail "sweep: the stopped member left a result.h5"
[ -e "$member/status.txt" ] && fail "sweep: the stopped member has a status.txt (it would not run again)"
[ -e "$SCRATCH/pair/members/0002/run.log" ] && fail "sweep: member 2 was started after the signal"
[ -e "$SCRATCH/pair/sweep.h5" ] && fail "sweep: a stopped sweep collected statistics"
grep -q '^1,25 m/d,failed,143,.*interrupted at t = .*SIGTERM' "$SCRATCH/pair/members.csv" ||
  fail "sweep: members.csv lacks member 1 stopped by SIGTERM: $(cat "$SCRATCH/pair/members.csv")"
if [ -f "$member/result.h5.partial" ]; then
  status=$("$PY" -c "import h5py,sys; print(h5py.File(sys.argv[1],'r').attrs['status'])" "$member/result.h5.partial")
  [ "$status" = "interrupted" ] || fail "sweep: member 1's status is '$status', expected 'interrupted'"
else
  fail "sweep: member 1 left no result.h5.partial"
fi
# The same sweep of three members under mpirun, two worker ranks (mpirun passes SIGTERM on to
# every rank, as Slurm signals every process of a job at its time limit): the two members running
# stop, the third never starts, nothing is collected. mpirun's own exit code is its own affair.
cat > "$SCRATCH/trio.toml" <<TOML
[sweep]
name = "trio"
base = "slow.toml"
method = "grid"
[[sweep.parameter]]
key = "properties.kh"
levels = ["25 m/d", "30 m/d", "35 m/d"]
TOML
mpirun --allow-run-as-root --oversubscribe -n 3 "$GWPLUME" sweep "$SCRATCH/trio.toml" -o "$SCRATCH/trio" \
  > "$SCRATCH/trio.log" 2>&1 &
pid=$!
sleep 3
for _ in $(seq 120); do
  grep -q "^ *[1-9][0-9] %" "$SCRATCH/trio/members/0001/run.log" 2>/dev/null &&
    grep -q "^ *[1-9][0-9] %" "$SCRATCH/trio/members/0002/run.log" 2>/dev/null && break
  sleep 0.5
done
sent=$(now_ms)
kill -s TERM "$pid"
wait "$pid"
took=$(( $(now_ms) - sent ))
echo "mpi sweep: stopped $took ms after the signal"
[ "$took" -le 5000 ] || fail "mpi sweep: stopped $took ms after the signal, more than 5 s"
grep -q "sweep trio stopped by signal 15" "$SCRATCH/trio.log" || { fail "mpi sweep: rank 0 did not say it stopped"; cat "$SCRATCH/trio.log"; }
for m in 1 2; do
  grep -q "^$m,[23][05] m/d,failed,143,.*interrupted at t = .*SIGTERM" "$SCRATCH/trio/members.csv" ||
    fail "mpi sweep: members.csv lacks member $m stopped by SIGTERM: $(cat "$SCRATCH/trio/members.csv")"
  [ -e "$SCRATCH/trio/members/000$m/status.txt" ] && fail "mpi sweep: stopped member $m has a status.txt"
done
grep -q '^3,35 m/d,not run,' "$SCRATCH/trio/members.csv" || fail "mpi sweep: member 3 not recorded as not run"
[ -e "$SCRATCH/trio/members/0003/run.log" ] && fail "mpi sweep: member 3 was started after the signal"
[ -e "$SCRATCH/trio/sweep.h5" ] && fail "mpi sweep: a stopped sweep collected statistics"
finish
