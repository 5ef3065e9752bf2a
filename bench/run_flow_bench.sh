#!/usr/bin/env bash
# Runs the one-million-cell flow benchmark and prints wall time, peak memory and iterations.
#   bench/run_flow_bench.sh [threads]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
threads="${1:-2}"
"$root/scripts/setup" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
/usr/bin/time -v "$root/build/gwplume" run "$root/bench/flow_1m.toml" -o "$out" --threads "$threads" --quiet \
  2> "$out/time.txt" | tee "$out/summary.txt"
grep -E "Elapsed|Maximum resident" "$out/time.txt"
ls -l "$out/result.h5"
