#!/usr/bin/env bash
# Collection of a large sweep: N members (default 1000) of the 75 000-cell L1 grid, each with 8
# output times of ammonia_n, collected into sweep.h5 (probabilities, mean, std, percentiles,
# scalars, sensitivities) by `gwplume sweep ... --collect`. The members are made from one real
# L1 result by bench/make_collection_members.py (their concentrations scaled member by member).
#   bench/run_collection_bench.sh [members] [L1 result.h5]
# Prints the wall time and peak memory of the collection, and of planning and checking the
# members alone (which --collect does first).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
members="${1:-1000}"
"$root/scripts/setup" >/dev/null
gwplume="$root/build/gwplume"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
l1="${2:-}"
if [ -z "$l1" ]; then
  "$gwplume" run "$root/cases/guigang/l1_baseline.toml" -o "$out/l1" --quiet
  l1="$out/l1/result.h5"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
/usr/bin/python3 "$root/bench/make_collection_members.py" "$l1" "$out/sweep" "$members" "$root/cases/guigang/l1_baseline.toml"
echo "member results: $(du -sh "$out/sweep/members" | cut -f1)"
sync
/usr/bin/time -v "$gwplume" sweep "$out/sweep/collect.toml" --plan > /dev/null 2> "$out/plan.txt"
echo "plan and check of the members alone:"
grep -E "Elapsed|Maximum resident" "$out/plan.txt"
/usr/bin/time -v "$gwplume" sweep "$out/sweep/collect.toml" -o "$out/sweep" --collect 2> "$out/collect.txt"
echo "collection (plan, check and collect):"
grep -E "Elapsed|Maximum resident" "$out/collect.txt"
ls -la "$out/sweep/sweep.h5"
