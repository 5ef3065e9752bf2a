#!/usr/bin/env bash
# The output folder (docs/reliability.md): one run at a time holds it (flock on .gwplume.lock, the
# holder's pid and host named to a second run, released by the kernel when the holder dies); a
# folder that cannot be made or written and a full disk end in exit 3 with the path and the
# system's reason, no result.h5, nothing older overwritten. Sweeps hold each member's folder so,
# and a sweep's tables on a full disk are exit 3 with the older ones left as they were.
# The read-only and full-disk checks mount a small tmpfs, which needs root (or an unprivileged
# user namespace); without either they are skipped, saying so.
source "$(dirname "$0")/common.sh"
f1="$SOURCE/cases/verification/f1_confined_series.toml"
qs="$SOURCE/cases/examples/quickstart.toml"
py=/usr/bin/python3
attr() {  # attr FILE NAME: a root attribute of a result file
  $py -c "import h5py,sys; v=h5py.File(sys.argv[1],'r').attrs[sys.argv[2]]; print(v.decode() if isinstance(v,bytes) else v)" "$1" "$2"
}
# wait_lock FOLDER PID: until FOLDER/.gwplume.lock names PID (at most 30 s).
wait_lock() {
  for _ in $(seq 3000); do
    grep -q "^pid $2 on " "$1/.gwplume.lock" 2> /dev/null && return 0
    kill -0 "$2" 2> /dev/null || return 1
    sleep 0.01
  done
  return 1
}

# 1. A folder held by another process (here flock(1), writing what a run writes): refused at once.
held="$SCRATCH/held"
mkdir -p "$held"
( exec 9<> "$held/.gwplume.lock"; flock -n 9 || exit 1; echo "pid $BASHPID on $(uname -n)" >&9; exec sleep 120 ) &
holder=$!
wait_lock "$held" "$holder" || fail "the test's own lock holder did not start"
start=$(date +%s.%N)
expect_exit 3 "a run into a held folder" -- "$GWPLUME" run "$f1" -o "$held" --quiet
took=$(echo "$(date +%s.%N) - $start" | bc)
expect_output "output folder $held is in use" "the folder is named"
expect_output "pid $holder on $(uname -n)" "the holder's pid and host are named"
[ "$(echo "$took < 5" | bc)" = 1 ] || fail "the refusal took $took s, not at once"
[ -e "$held/result.h5" ] || [ -e "$held/result.h5.partial" ] && fail "a refused run wrote into the held folder"
kill "$holder"; wait "$holder" 2> /dev/null
expect_exit 0 "the same run once the holder has ended" -- "$GWPLUME" run "$f1" -o "$held" --quiet
[ "$(attr "$held/result.h5" status)" = complete ] || fail "the run after the holder: result not complete"

# 2. Two real runs at once: the first (stopped while it holds the folder) keeps it, the second,
# with another grid, is refused and the first's result is whole and the first's alone.
two="$SCRATCH/two"
"$GWPLUME" run "$qs" -o "$two" --threads 1 --quiet > "$SCRATCH/first.log" 2>&1 &
first=$!
if wait_lock "$two" "$first"; then
  kill -STOP "$first"
  expect_exit 3 "a second run into the same folder" -- "$GWPLUME" run "$qs" -o "$two" --set grid.nx=20 --set grid.dx="100 m" --quiet
  expect_output "output folder $two is in use by another gwplume run \(pid $first on " "the first run is named"
  [ -e "$two/result.h5" ] && fail "a result.h5 appeared while the first run was stopped"
  kill -CONT "$first"
  wait "$first"; code=$?
  [ "$code" -eq 0 ] || { fail "the first run ended with $code"; cat "$SCRATCH/first.log"; }
  nx_first=$(grep -E '^nx = ' "$qs" | grep -oE '[0-9]+')
  nx_file=$($py -c "import h5py,sys; print(h5py.File(sys.argv[1],'r')['grid'].attrs['nx'])" "$two/result.h5" 2>&1)
  [ "$(attr "$two/result.h5" status)" = complete ] || fail "the first run's result is not complete"
  [ "$nx_file" = "$nx_first" ] || fail "result.h5 has nx $nx_file, the first run's grid has $nx_first"
  [ "$nx_file" != 20 ] || fail "result.h5 holds the refused run's grid"
else
  fail "the first run never named itself in $two/.gwplume.lock"; cat "$SCRATCH/first.log"
fi

# 3. A run killed (SIGKILL) while holding the folder: its lock dies with it; the next run proceeds.
killed="$SCRATCH/killed"
"$GWPLUME" run "$qs" -o "$killed" --threads 1 --quiet > /dev/null 2>&1 &
victim=$!
if wait_lock "$killed" "$victim"; then
  kill -KILL "$victim"; wait "$victim" 2> /dev/null
  grep -q "^pid $victim " "$killed/.gwplume.lock" || fail "the killed run's pid is not in the lock file"
  expect_exit 0 "a run after a killed one" -- "$GWPLUME" run "$f1" -o "$killed" --quiet
  [ "$(attr "$killed/result.h5" status)" = complete ] || fail "the run after the killed one: not complete"
  [ -e "$killed/result.h5.partial" ] && fail "the killed run's .partial is still there"
else
  fail "the run to be killed never named itself in its lock file"
fi

# 4. A sweep restarted while a member of the killed sweep still runs in member 2's folder (held
# here by flock(1)): member 2 fails naming the holder, its folder untouched; the others complete.
cat > "$SCRATCH/sweep.toml" <<TOML
[sweep]
name = "lock"
base = "$f1"
method = "latin_hypercube"
members = 3
seed = 3
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "uniform", min = "5 m/d", max = "20 m/d" }
TOML
m2="$SCRATCH/sw/members/0002"
mkdir -p "$m2"
echo "the orphan's own" > "$m2/result.h5.partial"
echo "the orphan's log" > "$m2/run.log"
( exec 9<> "$m2/.gwplume.lock"; flock -n 9 || exit 1; echo "pid $BASHPID on $(uname -n)" >&9; exec sleep 120 ) &
orphan=$!
wait_lock "$m2" "$orphan" || fail "the orphan stand-in did not start"
"$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/sw" --jobs 2 > "$SCRATCH/sweep.log" 2>&1
csv="$SCRATCH/sw/members.csv"
[ -f "$csv" ] || { fail "the sweep wrote no members.csv"; cat "$SCRATCH/sweep.log"; }
grep -qE "^2,.*,failed,3,.*in use by another gwplume run \(pid $orphan on " "$csv" || { fail "member 2 not failed with the holder named"; cat "$csv"; }
[ "$(grep -cE '^[13],.*,complete,0,' "$csv")" -eq 2 ] || { fail "members 1 and 3 not both complete"; cat "$csv"; }
[ "$(cat "$m2/result.h5.partial")" = "the orphan's own" ] || fail "the orphan's result.h5.partial was touched"
[ "$(cat "$m2/run.log")" = "the orphan's log" ] || fail "the orphan's run.log was touched"
[ -e "$m2/status.txt" ] && fail "a status.txt was written into the orphan's folder"
kill "$orphan"; wait "$orphan" 2> /dev/null
# Run again with the folder free: member 2 was not recorded as done, so it runs now.
"$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/sw" --jobs 2 > "$SCRATCH/sweep2.log" 2>&1
[ "$(grep -cE '^[123],.*,complete,0,' "$csv")" -eq 3 ] || { fail "the sweep run again did not complete member 2"; cat "$csv"; }

# 5. A folder that cannot be made (its parent is a file).
touch "$SCRATCH/plain"
expect_exit 3 "an output folder under a file" -- "$GWPLUME" run "$f1" -o "$SCRATCH/plain/sub" --quiet
expect_output "cannot create the output folder $SCRATCH/plain/sub: Not a directory" "path and reason"

# 6, 7: a read-only folder and a full disk, on a small tmpfs of their own.
mnt="$SCRATCH/mnt"
mkdir -p "$mnt"
mount_tmpfs() { mount -t tmpfs -o "size=$1" tmpfs "$mnt" 2> /dev/null; }
if [ "$(id -u)" -ne 0 ]; then
  # Without root: a folder without write permission.
  ro="$SCRATCH/ro"; mkdir -p "$ro"; echo old > "$ro/result.h5"; chmod 555 "$ro"
  expect_exit 3 "a read-only output folder" -- "$GWPLUME" run "$f1" -o "$ro" --quiet
  expect_output "cannot write in the output folder $ro: Permission denied" "path and reason"
  [ "$(cat "$ro/result.h5")" = old ] || fail "the older result.h5 was overwritten"
  chmod 755 "$ro"
  echo "skipped: the full-disk check needs root to mount a small tmpfs"
elif ! mount_tmpfs 4m; then
  echo "skipped: the read-only folder and full-disk checks (mount -t tmpfs not permitted here)"
else
  trap 'umount "$mnt" 2> /dev/null; rm -rf "$SCRATCH"' EXIT
  # A read-only file system holding an older result (root ignores permission bits, not this).
  mkdir -p "$mnt/ro"; echo "older result" > "$mnt/ro/result.h5"
  if ! mount -o remount,ro "$mnt" 2> /dev/null; then
    echo "skipped: the read-only folder check (remount read-only not permitted here)"
  else
  expect_exit 3 "a read-only output folder" -- "$GWPLUME" run "$f1" -o "$mnt/ro" --quiet
  expect_output "cannot write in the output folder $mnt/ro: Read-only file system" "path and reason"
  [ "$(cat "$mnt/ro/result.h5")" = "older result" ] || fail "the older result.h5 was overwritten"
  [ -e "$mnt/ro/result.h5.partial" ] && fail "a .partial appeared on a read-only file system"
  fi
  umount "$mnt"
  # A full disk, 8 MiB filled but for FREE KiB: 64 while the grid is written, 3000 half way
  # through the run's outputs (the whole result is about 6 MB).
  for free_kb in 64 3000; do
    mount_tmpfs 8m || { fail "could not mount the tmpfs again"; break; }
    dd if=/dev/zero of="$mnt/filler" bs=4k count=$(( (8192 - free_kb) / 4 )) status=none 2> /dev/null
    expect_exit 3 "a run onto a full disk ($free_kb KiB free)" -- "$GWPLUME" run "$qs" -o "$mnt/full" --threads 1 --quiet
    expect_output "^I/O error: cannot [a-z]+ .*$mnt/full/result.h5.partial.*No space left on device" "path and reason ($free_kb KiB free)"
    [ -e "$mnt/full/result.h5" ] && fail "a full disk ($free_kb KiB free) left a result.h5"
    [ -e "$mnt/full/result.h5.partial" ] || fail "no .partial left on the full disk ($free_kb KiB free)"
    status=$(attr "$mnt/full/result.h5.partial" status 2> /dev/null)
    [ "$status" = complete ] && fail "the .partial on a full disk says complete"
    [ -s "$mnt/full/.gwplume.lock" ] && fail "the lock file still names a holder after the run ended"
    umount "$mnt"
  done
  # A sweep whose members are done, run again on a full disk (its members are not run again):
  # with no byte free members.csv cannot be rewritten, with 64 KiB free sweep.h5 (about 420 kB)
  # cannot be collected. Exit 3 with the path and the reason; the older members.csv and sweep.h5
  # as they were, no sweep.h5.partial left. (A full disk once crashed the collection on exit.)
  cat > "$SCRATCH/pair.toml" <<TOML
[sweep]
name = "pair"
base = "$SOURCE/tests/data/cases/report_tiny.toml"
method = "grid"
[[sweep.parameter]]
key = "properties.kh"
levels = ["25 m/d", "35 m/d"]
TOML
  "$GWPLUME" sweep "$SCRATCH/pair.toml" -o "$SCRATCH/pair" --jobs 2 > /dev/null 2>&1 ||
    fail "the sweep for the full-disk checks did not complete"
  for free_kb in 0 64; do
    mount_tmpfs 4m || { fail "could not mount the tmpfs again"; break; }
    cp -r "$SCRATCH/pair" "$mnt/pair"
    dd if=/dev/zero of="$mnt/filler" bs=4k status=none 2> /dev/null  # until the disk is full
    [ "$free_kb" -gt 0 ] && truncate -s "-${free_kb}K" "$mnt/filler"
    expect_exit 3 "a sweep onto a full disk ($free_kb KiB free)" -- "$GWPLUME" sweep "$SCRATCH/pair.toml" -o "$mnt/pair" --jobs 2
    if [ "$free_kb" -eq 0 ]; then
      expect_output "^I/O error: cannot write $mnt/pair/members.csv: No space left on device" "members.csv: path and reason"
    else
      expect_output "^I/O error: cannot [a-z]+ .*$mnt/pair/sweep.h5.partial.*No space left on device" "sweep.h5: path and reason"
    fi
    cmp -s "$mnt/pair/members.csv" "$SCRATCH/pair/members.csv" || fail "a full disk ($free_kb KiB free) changed members.csv"
    cmp -s "$mnt/pair/sweep.h5" "$SCRATCH/pair/sweep.h5" || fail "a full disk ($free_kb KiB free) changed sweep.h5"
    ls "$mnt/pair" | grep -q partial && fail "a full disk ($free_kb KiB free) left $(ls "$mnt/pair" | grep partial)"
    umount "$mnt"
  done
  trap 'rm -rf "$SCRATCH"' EXIT
fi
finish
