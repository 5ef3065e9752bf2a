#!/usr/bin/env bash
# Runs the 3-D landfill transport benchmark at 100, 200 and 400 columns and rows (80 k, 320 k and
# 1.28 M cells), storing concentrations at the end only, then at every one of the 73 steps;
# prints wall time, peak memory, solver phases and the answer (mass balance, plume).
#   bench/run_transport_bench.sh [threads] [sizes...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
threads="${1:-2}"; shift || true
sizes=("${@:-100 200 400}")
[ $# -eq 0 ] && sizes=(100 200 400)
"$root/scripts/setup" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
every=$(seq -s, 50 50 3650)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
for n in "${sizes[@]}"; do
  for outputs in end every; do
    set_outputs=()
    [ "$outputs" = every ] && set_outputs=(--set "time.outputs=[$every]")
    echo "== ${n} x ${n} x 8, concentrations stored at: $outputs"
    /usr/bin/time -v "$root/build/gwplume" run "$root/bench/transport_landfill_${n}.toml" -o "$out/$n-$outputs" \
      --threads "$threads" --quiet "${set_outputs[@]}" 2> "$out/time.txt" | sed -n '/^bench/,$p'
    grep -E "Elapsed|Maximum resident" "$out/time.txt"
    rm -rf "$out/$n-$outputs"
  done
done
