#!/usr/bin/env bash
# Cost of a reaction chain: the 3-D landfill benchmark (80 000 cells, 73 steps) with three
# independent species (bench/transport_three_species.toml), with the same three species as a
# chain a -> b -> c (bench/transport_chain.toml), and with that chain under
# `[transport] reactions = "exact"`; each run `repeats` times. Prints wall time, CPU time and
# peak memory of every run with the transport time and phases the run reports, then the best
# transport time of each and its ratio to the independent species.
#   bench/run_chain_bench.sh [threads] [repeats]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
threads="${1:-2}"
repeats="${2:-3}"
"$root/scripts/setup" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
run() {  # label case [--set ...]
  local label=$1 case=$2; shift 2
  for r in $(seq "$repeats"); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$root/build/gwplume" run \
      "$root/bench/transport_${case}.toml" -o "$out/run" --threads "$threads" --quiet "$@" > "$out/log.txt" 2>&1
    read -r wall user sys rss < "$out/time.txt"
    transport=$(awk '/^  transport /{print $(NF-1)}' "$out/log.txt")
    echo "== $label run $r: wall $wall s, cpu $(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}') s, peak $rss kB, transport $transport s"
    grep -E "^    phases " "$out/log.txt" || true
    echo "$label $transport" >> "$out/transport.txt"
    rm -rf "$out/run"
  done
}
run independent three_species
run chain chain
run chain-exact chain --set transport.reactions=exact
awk '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2 }
     END { for (k in best) printf "best transport time: %-12s %6.2f s  (x %.3f of independent)\n", k, best[k], best[k] / best["independent"] }' \
  "$out/transport.txt" | sort
