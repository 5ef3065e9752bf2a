"""Checks the designs of DIR/sweep.h5 against its own per-member first exceedances: for each
design (a combination of the levels), each point or receptor and each collected time, the
probability is the fraction of that design's members that had exceeded by then, counted here
from /scalars and /members with numpy. Also checks that receptors (a supply well's water) are
among the points, and that every design has the same sample of the uncertain parameters.

Usage: /usr/bin/python3 check_sweep_designs.py DIR RECEPTOR
"""
import sys
import h5py, numpy as np
root, receptor = sys.argv[1], sys.argv[2]
s = h5py.File(root + '/sweep.h5', 'r')
keys = [k.decode() if isinstance(k, bytes) else k for k in s['designs'].attrs['keys']]
levels = s['designs/levels'][:]
members = s['members'][:]
def text(v):
    return v.decode() if isinstance(v, bytes) else v
design_of = []
for row in members:
    combo = tuple(text(row[k]) for k in keys)
    found = [i for i, l in enumerate(levels) if tuple(text(l[k]) for k in keys) == combo]
    assert len(found) == 1, combo
    design_of.append(found[0])
design_of = np.array(design_of)
per_design = np.bincount(design_of)
assert (per_design == per_design[0]).all(), per_design
assert (levels['members'] == per_design).all(), (levels['members'], per_design)
# The uncertain parameters: the same values, in the same order, in every design.
others = [n for n in members.dtype.names if n not in keys + ['member', 'status', 'reason', 'exit_code', 'wall_time_s', 'cpu_time_s']]
for n in others:
    v = np.array([text(x) for x in members[n]]).reshape(len(levels), -1)
    assert (v == v[0]).all(), n
worst = 0.0
for sp in s['designs']:
    if sp == 'levels':
        continue
    d = s['designs'][sp]['first_exceedance_probability']
    points = [text(p) for p in d.attrs['points']]
    assert receptor in points, (receptor, points)
    times = s['statistics'][sp]['times'][:]
    for q, p in enumerate(points):
        fe = s['scalars'][sp]['first_exceedance'][p][:]
        for k in range(len(levels)):
            mine = fe[design_of == k]
            for t, time in enumerate(times):
                expected = np.mean(np.nan_to_num(mine, nan=np.inf) <= time)
                worst = max(worst, abs(expected - d[k, q, t]))
assert worst < 1e-12, worst
print(f"designs: {len(levels)} designs x {per_design[0]} members; per-design probabilities agree to {worst:.1e}")
