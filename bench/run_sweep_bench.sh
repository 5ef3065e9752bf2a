#!/usr/bin/env bash
# Sweep throughput: how close a sweep of 200 members of a 36 000-cell case comes to running its
# members back to back on every core, and what each member costs beyond its own solve.
#   bench/run_sweep_bench.sh [members]
# 1. the single-member rate: 5 members run one after another as the sweep runs them
#    (gwplume run --threads 1), each timed from outside (process wall) and from inside (the
#    run's own wall time, from start of reading to end of writing);
# 2. `gwplume sweep --jobs 2` of the members: wall time, members per second against 2 x the
#    single-member rate, and the collection's time;
# 3. the same under `mpirun -n 3` (rank 0 hands out, two ranks run members).
# Run it with nothing else on the machine.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
members="${1:-200}"
"$root/scripts/setup" >/dev/null
gwplume="$root/build/gwplume"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }

# 1. One member at a time, one thread, as the sweep starts them.
single=0; inside=0
for i in 1 2 3 4 5; do
  t0=$(now)
  "$gwplume" run "$root/bench/sweep_member.toml" -o "$out/single" --threads 1 > "$out/single.log" 2>&1
  t1=$(now)
  single=$(calc "$single + $t1 - $t0")
  run_wall=$(grep -m1 'wall time' "$out/single.log" | awk '{print $3}')
  inside=$(calc "$inside + $run_wall")
done
single=$(calc "$single / 5"); inside=$(calc "$inside / 5")
printf "single member, one thread: %.2f s a member from outside, %.2f s inside the run (start-up and exit %.3f s)\n" \
  "$single" "$inside" "$(calc "$single - $inside")"
cells=$(grep -m1 -oE '[0-9,]+ cells' "$out/single.log" || true)
echo "member: $cells"

sed "s/^members = .*/members = $members/" "$root/bench/sweep_throughput.toml" > "$root/bench/.sweep_throughput_$$.toml"
trap 'rm -rf "$out" "$root/bench/.sweep_throughput_$$.toml"' EXIT
report() {  # report LABEL WALL COLLECT
  local rate ideal
  rate=$(calc "$members / ($2 - $3)")
  ideal=$(calc "2 / $single")
  # The gap to 2 x single is start-up and exit (measured alone above), the collection, and two
  # members sharing the machine's memory bandwidth (their CPU times grow; printed below).
  printf "%s: %d members in %.1f s (members %.1f s, collection %.1f s): %.3f members/s against 2 x single %.3f: %.1f %%; wall per member and core beyond a lone member's run %.3f s\n" \
    "$1" "$members" "$2" "$(calc "$2 - $3")" "$3" "$rate" "$ideal" "$(calc "100 * $rate / $ideal")" \
    "$(calc "($2 - $3) * 2 / $members - $inside")"
}

# 2. --jobs 2.
t0=$(now)
/usr/bin/time -v "$gwplume" sweep "$root/bench/.sweep_throughput_$$.toml" -o "$out/local" --jobs 2 > "$out/local.log" 2> "$out/local.err"
t1=$(now)
c0=$(now); "$gwplume" sweep "$root/bench/.sweep_throughput_$$.toml" -o "$out/local" --collect > /dev/null 2>&1; c1=$(now)
collect=$(calc "$c1 - $c0")
report "sweep --jobs 2" "$(calc "$t1 - $t0")" "$collect"
grep -E "Maximum resident" "$out/local.err" | sed 's/^\s*/  sweep process: /'
cpu=$(awk -F, 'NR==1{for(i=1;i<=NF;i++) if($i=="cpu_time_s") c=i} NR>1 && c {s+=$c; n++} END{printf "%.2f", s/n}' "$out/local/members.csv")
echo "  mean CPU time of a member: $cpu s"
rm -rf "$out/local"

# 3. MPI: rank 0 hands out, two ranks run members.
t0=$(now)
mpirun --allow-run-as-root --oversubscribe -n 3 "$gwplume" sweep "$root/bench/.sweep_throughput_$$.toml" -o "$out/mpi" > "$out/mpi.log" 2>&1
t1=$(now)
report "mpirun -n 3 (2 running members)" "$(calc "$t1 - $t0")" "$collect"
