#!/usr/bin/env bash
# gwplume sweep --plan: the example sweep's members as CSV, each checked as a case; a bad sweep
# file and members the case refuses exit 2 with every problem located.
source "$(dirname "$0")/common.sh"

expect_exit 0 "plan of the example sweep" -- "$GWPLUME" sweep "$SOURCE/cases/examples/quickstart_sweep.toml" --plan
expect_output "^member,properties.kh,transport.dispersivity.longitudinal,species.ammonia_n.sorption.kd,landfills.landfill.leakage$" "header of keys"
expect_output "20 members \(latin_hypercube, seed 42\)" "summary"
lines=$(echo "$OUT" | grep -cE '^[0-9]+,')
[ "$lines" -eq 20 ] || fail "20 member rows expected, found $lines"
# The leakage schedule scaled value by value, its times kept.
expect_output '"\[\[""0 d"", ""[0-9.]+ mm/yr""\], \[""20 yr"", ""[0-9.]+ mm/yr""\]\]"' "scaled schedule"
# The same file gives the same members.
first="$OUT"
expect_exit 0 "plan again" -- "$GWPLUME" sweep "$SOURCE/cases/examples/quickstart_sweep.toml" --plan
[ "$first" = "$OUT" ] || fail "a second plan differs from the first"

# A member of the plan runs as the plan says: check the case with member 3's overrides.
row=$(echo "$first" | grep '^3,')
kh=$(echo "$row" | cut -d, -f2 | tr -d '"')
expect_exit 0 "member 3's Kh accepted by check" -- "$GWPLUME" check "$SOURCE/cases/examples/quickstart.toml" --set "properties.kh=$kh"

# Every problem of a bad sweep file, located.
cat > "$SCRATCH/bad.toml" <<TOML
[sweep]
name = "bad"
base = "$SOURCE/cases/examples/quickstart.toml"
method = "latin_hypercube"
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "30 m/d", sigma = 0.3 }
TOML
expect_exit 2 "bad sweep file" -- "$GWPLUME" sweep "$SCRATCH/bad.toml" --plan
expect_output "bad.toml:[0-9]+:[0-9]+: sweep.members: missing key" "missing members located"
expect_output "sigma_log10" "missing sigma_log10 named"
expect_output "sweep.parameter\[0\].distribution.sigma: unknown key" "unknown key named"

# Members the case refuses: named with their value, before anything runs.
cat > "$SCRATCH/negative.toml" <<TOML
[sweep]
name = "negative"
base = "$SOURCE/cases/examples/quickstart.toml"
method = "monte_carlo"
members = 30
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "normal", mean = "1 m/d", sd = "5 m/d" }
TOML
expect_exit 2 "members with negative Kh" -- "$GWPLUME" sweep "$SCRATCH/negative.toml" --plan
expect_output "negative.toml:6:1: sweep.parameter\[0\]: member [0-9]+, properties.kh = -[0-9.]+ m/d: out of range" "member named"

# Collected species and times the base case does not have: located, before anything runs.
cat > "$SCRATCH/collect.toml" <<TOML
[sweep]
name = "collect"
base = "$SOURCE/cases/examples/quickstart.toml"
method = "monte_carlo"
members = 2
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "uniform", min = "20 m/d", max = "40 m/d" }
[sweep.collect]
species = ["ammonia_n", "nitrate"]
times = ["10 yr", "5 yr"]
TOML
expect_exit 2 "collecting what the base case does not store" -- "$GWPLUME" sweep "$SCRATCH/collect.toml" --plan
expect_output "collect.toml:10:25: sweep.collect.species\[1\]: the base case has no species 'nitrate'" "unknown species located"
expect_output "collect.toml:11:19: sweep.collect.times\[1\]: 1826.25 d is not an output time of the base case" "time not stored located"

expect_exit 3 "no such sweep file" -- "$GWPLUME" sweep "$SCRATCH/nowhere.toml" --plan
# The Guigang L1 uncertainty sweep: 100 members, each a valid case.
expect_exit 0 "plan of the L1 uncertainty sweep" -- "$GWPLUME" sweep "$SOURCE/cases/guigang/sweeps/l1_uncertainty.toml" --plan
expect_output "100 members \(latin_hypercube, seed 2023\)" "100 members planned"
# The S3 design sweep: four rates of the three wells together x ten values of Kh.
expect_exit 0 "plan of the S3 design sweep" -- "$GWPLUME" sweep "$SOURCE/cases/guigang/sweeps/s3_design.toml" --plan
expect_output "40 members \(latin_hypercube, seed 2023\)" "40 members planned"
expect_output "^member,wells.PT-1.rate & wells.PT-2.rate & wells.PT-3.rate,properties.kh$" "one design column for three keys"

# Running: a short base case, a grid of two members of which the first cannot converge in one
# outer iteration. The failure is recorded, the other member completes, the exit code is 4.
cat > "$SCRATCH/short.toml" <<TOML
extends = "$SOURCE/cases/examples/quickstart.toml"
[time]
end = "1000 d"
outputs = ["500 d", "1000 d"]
max_step = "100 d"
TOML
cat > "$SCRATCH/grid.toml" <<TOML
[sweep]
name = "grid"
base = "short.toml"
method = "grid"
[[sweep.parameter]]
key = "flow.max_iterations"
levels = [1, 200]
TOML
expect_exit 4 "a sweep with a failing member" -- "$GWPLUME" sweep "$SCRATCH/grid.toml" -o "$SCRATCH/grid" --jobs 2
expect_output "1 of 2 members complete, 1 failed" "summary of the members"
expect_output "member 1 failed \(exit 1\): .*converge" "the failure's reason"
[ -f "$SCRATCH/grid/members/0002/result.h5" ] || fail "member 2's result missing"
[ -f "$SCRATCH/grid/members/0001/result.h5" ] && fail "member 1 left a result that looks whole"
grep -q '^1,1,failed,1,' "$SCRATCH/grid/members.csv" || fail "members.csv lacks member 1 failed: $(cat "$SCRATCH/grid/members.csv")"
grep -q '^2,200,complete,0,' "$SCRATCH/grid/members.csv" || fail "members.csv lacks member 2 complete"
# Run again: nothing reruns; with --retry-failed only the failed member does.
stamp=$(stat -c %Y "$SCRATCH/grid/members/0002/result.h5")
expect_exit 4 "resumed sweep" -- "$GWPLUME" sweep "$SCRATCH/grid.toml" -o "$SCRATCH/grid" --jobs 2
expect_output "2 from before" "both members kept"
expect_exit 4 "retry the failed member" -- "$GWPLUME" sweep "$SCRATCH/grid.toml" -o "$SCRATCH/grid" --retry-failed
expect_output "1 from before" "the complete member kept"
[ "$(stat -c %Y "$SCRATCH/grid/members/0002/result.h5")" = "$stamp" ] || fail "the complete member ran again"
# The statistics of the complete member alone: probabilities of 0 or 1, no standard deviation.
[ -f "$SCRATCH/grid/sweep.h5" ] || fail "sweep.h5 missing"
expect_output "statistics of 1 members, 2 species at 2 times" "collected from the complete member"

# A member killed half way (its process gone before the end) runs again next time.
rm "$SCRATCH/grid/members/0002/status.txt"
expect_exit 4 "an interrupted member reruns" -- "$GWPLUME" sweep "$SCRATCH/grid.toml" -o "$SCRATCH/grid"
expect_output "1 from before" "only the failed member kept"
grep -q '^2,200,complete,0,' "$SCRATCH/grid/members.csv" || fail "member 2 not complete after its rerun"

# Statistics over sampled members, against numpy on the members' own results.
cat > "$SCRATCH/lhs.toml" <<TOML
[sweep]
name = "lhs"
base = "short.toml"
method = "latin_hypercube"
members = 3
seed = 5
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "30 m/d", sigma_log10 = 0.3 }
[[sweep.parameter]]
key = "landfills.landfill.leakage"
scale = { type = "uniform", min = 0.5, max = 2 }
TOML
expect_exit 0 "a sampled sweep" -- "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$SCRATCH/lhs" --jobs 2
expect_output "3 of 3 members complete, 0 failed" "every member complete"
expect_output "statistics of 3 members, 2 species at 2 times: .*sweep.h5" "collected"
expect_exit 0 "statistics as numpy computes them" -- /usr/bin/python3 "$SOURCE/tests/cli/check_sweep_statistics.py" "$SCRATCH/lhs"
echo "$OUT"
cp "$SCRATCH/lhs/sweep.h5" "$SCRATCH/first.h5"
# The same sweep under MPI: rank 0 hands the members to two others; the same statistics.
expect_exit 0 "the sweep under mpirun" -- mpirun --allow-run-as-root --oversubscribe -n 3 "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$SCRATCH/lhs-mpi"
expect_output "running 3 members on 2 MPI ranks" "members handed out by rank 0"
expect_output "3 of 3 members complete, 0 failed" "every member complete under MPI"
expect_exit 0 "MPI statistics equal the local ones" -- h5diff "$SCRATCH/first.h5" "$SCRATCH/lhs-mpi/sweep.h5" /statistics /statistics
expect_exit 0 "MPI members equal the local ones" -- h5diff "$SCRATCH/lhs/members/0002/result.h5" "$SCRATCH/lhs-mpi/members/0002/result.h5" /transport /transport
# Slurm scripts, for a folder whose name holds a space and a quote: run here by bash as Slurm
# would run them (one task a member, then the collecting job), they give the same statistics.
odd="$SCRATCH/a dir/it's"
expect_exit 0 "Slurm scripts written" -- "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$odd" --slurm --array-limit 2 --time 0:30:00
expect_output "wrote .*sweep.sbatch \(3 members, one a task\)" "array script"
grep -q '^#SBATCH --array=1-3%2$' "$odd/sweep.sbatch" || fail "array line: $(grep array "$odd/sweep.sbatch")"
grep -q '^#SBATCH --time=0:30:00$' "$odd/collect.sbatch" || fail "time limit missing from the collecting job"
for task in 1 2 3; do
  SLURM_ARRAY_JOB_ID=77 SLURM_ARRAY_TASK_ID=$task bash "$odd/sweep.sbatch" || fail "array task $task failed"
done
grep -q "member 2 complete" "$odd/members/slurm-77_2.out" || fail "task 2's output: $(cat "$odd/members/slurm-77_2.out")"
SLURM_JOB_ID=78 bash "$odd/collect.sbatch" || fail "the collecting job failed: $(cat "$odd/collect-78.out")"
grep -q "statistics of 3 members" "$odd/collect-78.out" || fail "collect output: $(cat "$odd/collect-78.out")"
expect_exit 0 "Slurm statistics equal the local ones" -- h5diff "$SCRATCH/first.h5" "$odd/sweep.h5" /statistics /statistics
grep -c ',complete,0,' "$odd/members.csv" | grep -q '^3$' || fail "members.csv after collect: $(cat "$odd/members.csv")"
expect_exit 0 "a member run again is not rerun" -- "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$odd" --member 3
expect_output "member 3 complete before" "member kept"
expect_exit 2 "a member the sweep does not have" -- "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$odd" --member 4
expect_output "no member 4 \(the sweep has members 1 to 3\)" "says which members there are"

# Two numeric parameters: sensitivities (Spearman and partial) checked against numpy too.
cat > "$SCRATCH/numeric.toml" <<TOML
[sweep]
name = "numeric"
base = "short.toml"
method = "latin_hypercube"
members = 6
seed = 8
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "30 m/d", sigma_log10 = 0.3 }
[[sweep.parameter]]
key = "transport.dispersivity.longitudinal"
distribution = { type = "uniform", min = "5 m", max = "30 m" }
TOML
expect_exit 0 "a sweep of two numeric parameters" -- "$GWPLUME" sweep "$SCRATCH/numeric.toml" -o "$SCRATCH/numeric" --jobs 2
expect_exit 0 "its sensitivities as numpy computes them" -- /usr/bin/python3 "$SOURCE/tests/cli/check_sweep_statistics.py" "$SCRATCH/numeric"
echo "$OUT"

# A sweep killed half way (SIGKILL to it and its members, as a cluster ends a job) and run again
# ends with the statistics of the sweep that was never interrupted.
setsid "$GWPLUME" sweep "$SCRATCH/numeric.toml" -o "$SCRATCH/killed" --jobs 1 > "$SCRATCH/killed.log" 2>&1 &
leader=$!
done_before=0
for _ in $(seq 1 600); do
  done_before=$(grep -c ',complete,' "$SCRATCH/killed/members.csv" 2>/dev/null || true)
  [ "${done_before:-0}" -ge 2 ] && break
  sleep 0.1
done
kill -KILL -- "-$leader" 2>/dev/null
wait "$leader" 2>/dev/null
[ "${done_before:-0}" -ge 2 ] && [ "$done_before" -lt 6 ] || fail "the sweep was not killed half way ($done_before of 6 done)"
echo "killed with $done_before of 6 members complete"
[ -f "$SCRATCH/killed/sweep.h5" ] && fail "a killed sweep left a sweep.h5"
expect_exit 0 "the killed sweep run again" -- "$GWPLUME" sweep "$SCRATCH/numeric.toml" -o "$SCRATCH/killed" --jobs 2
expect_output "[2-5] from before" "the members done before the kill kept"
expect_exit 0 "its statistics equal the uninterrupted sweep's" -- h5diff "$SCRATCH/numeric/sweep.h5" "$SCRATCH/killed/sweep.h5" /statistics /statistics
expect_exit 0 "its member figures too" -- h5diff "$SCRATCH/numeric/sweep.h5" "$SCRATCH/killed/sweep.h5" /scalars /scalars

# Designs under uncertainty: two dispersivities (levels) crossed with the same three sampled Kh;
# the village well's water is a receptor. keep = "metrics": once all are collected, the members
# shed their fields and keep their metrics.
cat > "$SCRATCH/design-base.toml" <<TOML
extends = "short.toml"
[[receptors]]
name = "village well water"
well = "village well"
TOML
cat > "$SCRATCH/design.toml" <<TOML
[sweep]
name = "design"
base = "design-base.toml"
method = "latin_hypercube"
members = 3
seed = 11
[[sweep.parameter]]
key = "transport.dispersivity.longitudinal"
levels = ["5 m", "20 m"]
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "30 m/d", sigma_log10 = 0.3 }
[sweep.collect]
keep = "metrics"
TOML
expect_exit 0 "a design sweep" -- "$GWPLUME" sweep "$SCRATCH/design.toml" -o "$SCRATCH/design" --jobs 2
expect_output "6 of 6 members complete" "two designs of three members"
expect_output "members' fields removed now that they are collected" "keep = metrics acted on"
expect_exit 0 "per-design probabilities as numpy counts them" -- /usr/bin/python3 "$SOURCE/tests/cli/check_sweep_designs.py" "$SCRATCH/design" "village well water"
echo "$OUT"
expect_exit 0 "a member without its fields" -- /usr/bin/python3 -c "
import h5py, sys
f = h5py.File('$SCRATCH/design/members/0004/result.h5', 'r')
assert 'concentration' not in f['transport/ammonia_n'], 'field kept'
assert 'head' not in f['flow'], 'heads kept'
assert f['metrics/ammonia_n/summary'].shape[0] > 0, 'metrics lost'
assert f['monitoring/MW-1/ammonia_n'].shape[0] > 0, 'series lost'
assert f.attrs['status'] == 'complete' and 'removed' in f.attrs['fields'], dict(f.attrs)
s = h5py.File('$SCRATCH/design/sweep.h5', 'r')
assert f['transport/ammonia_n'].attrs['limit'] == s['statistics/ammonia_n'].attrs['limit'], 'species attributes lost'
"
expect_exit 0 "the members' metrics still render as a report" -- "$GWPLUME" export "$SCRATCH/design/members/0004/result.h5" --csv "$SCRATCH/design-csv"
expect_exit 0 "a rerun keeps the statistics" -- "$GWPLUME" sweep "$SCRATCH/design.toml" -o "$SCRATCH/design"
expect_output "stands as it was" "sweep.h5 kept"
expect_exit 3 "collecting again is refused" -- "$GWPLUME" sweep "$SCRATCH/design.toml" -o "$SCRATCH/design" --collect
expect_output "were removed once an earlier collection had them" "says why"

# --collect alone rebuilds the same statistics; a member whose result is damaged is left out, and
# named, and the exit code is 3.
expect_exit 0 "collect again" -- "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$SCRATCH/lhs" --collect
expect_exit 0 "the same statistics" -- h5diff "$SCRATCH/first.h5" "$SCRATCH/lhs/sweep.h5" /statistics /statistics
echo "not HDF5" > "$SCRATCH/lhs/members/0002/result.h5"
expect_exit 3 "collect with a damaged member" -- "$GWPLUME" sweep "$SCRATCH/lhs.toml" -o "$SCRATCH/lhs" --collect
expect_output "warning: left out of the statistics: member 2: " "the damaged member named"
expect_output "statistics of 2 members" "collected from the other two"
finish
