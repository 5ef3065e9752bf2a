#!/usr/bin/env bash
# Runs the Guigang cases one after another from the repository root (results in out/<case name>/)
# and prints one line per case: file, cells, transport steps, CPU time (user + system, s), wall
# time (s), peak memory (MB). The baseline runs first: s4_prb.toml starts from its state in 2023.
# On a shared machine give each run one thread (GWPLUME_THREADS=1): two threads that wait for each
# other while one is descheduled burn CPU time and wall time alike.
#   usage: [GWPLUME_THREADS=N] cases/guigang/run_all.sh [GWPLUME] [CASE.toml ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
exe=${1:-build/gwplume}
shift || true
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(l1_baseline s0_baseline s1_early_cap s2_cutoff_wall s3_pump_and_treat s4_prb s5_mna s5_mna_observed s6_seal_well
         s7_pump_then_seal s8_combined w1_open w1_collapsed w1_plugged_5yr l2_guiping_karst l3a_intact_liner
         l3b_liner_defect l3c_flood m1_mn_residue)
fi
threads=()
[ -n "${GWPLUME_THREADS:-}" ] && threads=(--threads "$GWPLUME_THREADS")
printf '%-22s %9s %7s %8s %8s %8s %s\n' case cells steps cpu_s wall_s mem_MB status
for c in "${cases[@]}"; do
  file=cases/guigang/${c%.toml}.toml
  log=$(mktemp)
  status=ok
  /usr/bin/time -f '%e %U %S %M' -o "$log.time" "$exe" run "$file" --quiet "${threads[@]}" > "$log" 2>&1 || status="failed (exit $?)"
  cells=$(awk '/^  cells/ {print $2}' "$log")
  steps=$(awk '/^  transport/ {for (i = 1; i <= NF; ++i) if ($i == "steps,") print $(i - 1)}' "$log")
  read -r wall user sys mem < <(tail -1 "$log.time")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  printf '%-22s %9s %7s %8s %8s %8d %s\n' "$c" "${cells:--}" "${steps:--}" "$cpu" "$wall" "$((mem / 1024))" "$status"
  [ "$status" = ok ] || sed 's/^/    /' "$log" | tail -5
  rm -f "$log" "$log.time"
done
