#!/usr/bin/env bash
# Cost of a reaction chain: the 3-D landfill benchmark (80 000 cells, 73 steps) with three
# independent species (bench/transport_three_species.toml) and with the same three species as a
# chain a -> b -> c (bench/transport_chain.toml), each run `repeats` times; prints wall time, CPU
# time and peak memory of every run, the transport phase the run reports, and the ratio of the
# best chain time to the best independent time.
#   bench/run_chain_bench.sh [threads] [repeats]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
threads="${1:-2}"
repeats="${2:-3}"
"$root/scripts/setup" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
declare -A best
for case in three_species chain; do
  best[$case]=1e9
  for r in $(seq "$repeats"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$root/build/gwplume" run \
      "$root/bench/transport_${case}.toml" -o "$out/$case" --threads "$threads" --quiet > "$out/log.txt"
    read -r wall user sys rss < "$out/time.txt"
    echo "== $case run $r: wall ${wall} s, cpu $(echo "$user + $sys" | bc) s, peak ${rss} kB"
    grep -E "^  (transport|    phases) " "$out/log.txt" || true
    best[$case]=$(echo "if ($wall < ${best[$case]}) $wall else ${best[$case]}" | bc -l)
    rm -rf "${out:?}/$case"
  done
done
echo "best wall: independent ${best[three_species]} s, chain ${best[chain]} s, ratio" \
  "$(echo "scale=3; ${best[chain]} / ${best[three_species]}" | bc -l)"
