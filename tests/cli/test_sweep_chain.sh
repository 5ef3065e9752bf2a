#!/usr/bin/env bash
# gwplume sweep of a case with a reaction chain (tests/data/cases/chain_plume.toml: ammonia ->
# nitrite -> nitrate): three members, nitrite's half-life at 4, 20 and 100 days (a grid). The
# members run and their daughters are collected like any species: sweep.h5 holds statistics for
# every species of the chain (found here from the members' own parents attributes), and the
# probability that nitrite, the daughter, exceeds its limit in a cell or has exceeded at a point
# by each time is the fraction of the members whose own result exceeded there (numpy), a fraction
# strictly between 0 and 1 somewhere, so the members differ; then every other figure of sweep.h5
# against the members' results (check_sweep_statistics.py).
source "$(dirname "$0")/common.sh"

cat > "$SCRATCH/sweep.toml" <<TOML
[sweep]
name = "chain-sweep"
base = "$SOURCE/tests/data/cases/chain_plume.toml"
method = "grid"
[[sweep.parameter]]
key = "species.nitrite_n.decay.half_life"
levels = ["4 d", "20 d", "100 d"]
TOML
expect_exit 0 "three members of the chain case" -- "$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/out" --jobs 2
expect_output "3 of 3 members complete" "every member complete"

expect_exit 0 "the daughter's probabilities against the members" -- /usr/bin/python3 - "$SCRATCH/out" <<'PY'
import glob, sys
import h5py, numpy as np
root = sys.argv[1]
s = h5py.File(root + "/sweep.h5", "r")
members = sorted(glob.glob(root + "/members/*/result.h5"))
assert len(members) == 3, members
text = lambda x: x.decode() if isinstance(x, bytes) else x
# The chain from the members' own attributes: every species that names a parent, and its parents.
first = h5py.File(members[0], "r")
chain = set()
for sp, g in first["transport"].items():
    if isinstance(g, h5py.Group) and "parents" in g.attrs:
        chain.add(sp)
        chain.update(text(p) for p in np.atleast_1d(g.attrs["parents"]))
assert chain == {"ammonia_n", "nitrite_n", "nitrate_n"}, chain
for sp in chain:
    assert sp in s["statistics"], f"no statistics of {sp}"
    for name in ("exceedance_probability", "exceedance_probability_plan", "mean", "std", "first_exceedance_probability"):
        assert name in s["statistics"][sp], (sp, name)

g = s["statistics/nitrite_n"]
limit, times = g.attrs["limit"], g["times"][:]
active = s["grid/active"][:].astype(bool)
own = []      # each member's nitrite at the collected times
for m in members:
    f = h5py.File(m, "r")
    t = f["transport/times"][:]
    own.append(f["transport/nitrite_n/concentration"][[int(np.argmin(abs(t - x))) for x in times]])
own = np.array(own)
assert not np.allclose(own[0], own[2]), "the members' nitrite does not differ"
want = (own > limit).mean(axis=0)
got = g["exceedance_probability"][:]
assert np.array_equal(got[:, active], want[:, active]), np.abs(got - want)[:, active].max()
plan = (own > limit).any(axis=2).mean(axis=0)
assert np.array_equal(g["exceedance_probability_plan"][:][:, active.any(axis=0)], plan[:, active.any(axis=0)])
between = ((want > 0) & (want < 1))[:, active]
assert between.any(), "no cell where only some members exceed"
print(f"nitrite above {limit} mg/L: in {int(between.sum())} cell-times only some members exceed; "
      f"largest probability {want[:, active].max():.3f}")
# At the points: the fraction of members whose own series went above the limit by each time.
points = [text(p) for p in g["first_exceedance_probability"].attrs["points"]]
fractions = []
for q, point in enumerate(points):
    for k, x in enumerate(times):
        above = []
        for m in members:
            f = h5py.File(m, "r")
            series = f[f"monitoring/{point}/nitrite_n"][:]
            above.append(bool((series[series[:, 0] <= x * (1 + 1e-12), 1] > limit).any()))
        frac = np.mean(above)
        fractions.append(frac)
        assert abs(g["first_exceedance_probability"][q, k] - frac) < 1e-12, (point, x, frac)
assert any(0 < f < 1 for f in fractions), "no point where only some members exceed"
print("nitrite at", ", ".join(points), "by", list(times), ":", fractions)
PY
echo "$OUT"
expect_exit 0 "sweep.h5 against the members' results" -- /usr/bin/python3 "$SOURCE/tests/cli/check_sweep_statistics.py" "$SCRATCH/out"
echo "$OUT"
finish
