"""Checks DIR/sweep.h5 against the members' own results, computed here with numpy: the
probability of exceeding the limit and class III (3-D and at any depth), the mean and the sample
standard deviation, for every collected species and time; each member's figures (/scalars) against
its /metrics tables; the probability that each monitoring point has exceeded by each time; and
the Spearman rank correlations (/sensitivity) of the parameters with those figures, recomputed
from members.csv.

Usage: /usr/bin/python3 check_sweep_statistics.py DIR
"""
import sys, glob
import h5py, numpy as np
root = sys.argv[1]
s = h5py.File(root + '/sweep.h5', 'r')
members = sorted(glob.glob(root + '/members/*/result.h5'))
active = s['grid/active'][:].astype(bool)
colactive = active.any(axis=0)
worst = 0.0
for sp in s['statistics']:
    g = s['statistics'][sp]
    limit, iii = g.attrs['limit'], g.attrs['class_iii']
    times = g['times'][:]
    cs = []
    for m in members:
        f = h5py.File(m, 'r')
        t = f['transport/times'][:]
        cs.append(f['transport'][sp]['concentration'][[int(np.argmin(abs(t - x))) for x in times]])
    cs = np.array(cs)
    checks = [((cs > limit).mean(axis=0), g['exceedance_probability'][:], active),
              ((cs > iii).mean(axis=0), g['class_iii_probability'][:], active),
              ((cs > limit).any(axis=2).mean(axis=0), g['exceedance_probability_plan'][:], colactive),
              (cs.mean(axis=0), g['mean'][:], active),
              (cs.std(axis=0, ddof=1), g['std'][:], active)]
    for want, got, mask in checks:
        scale = max(1.0, float(np.abs(want[:, mask]).max()))
        worst = max(worst, float(np.abs(got[:, mask] - want[:, mask]).max()) / scale)
    print(sp, 'members', len(members), 'largest probability', float(g['exceedance_probability_plan'][:][:, colactive].max()))
    # Percentiles over the members of the maximum over depth (numpy's linear interpolation).
    top = np.where(active[None, None], cs, -np.inf).max(axis=2)   # (members, nt, ny, nx)
    for name in g:
        if not name.startswith('percentile_'):
            continue
        q = float(name[len('percentile_'):])
        want = np.percentile(top, q, axis=0)
        got = g[name][:]
        scale = max(1.0, float(np.abs(want[:, colactive]).max()))
        worst = max(worst, float(np.abs(got[:, colactive] - want[:, colactive]).max()) / scale)
        checked_percentiles = True
    # Each member's own figures, as its /metrics summary gives them.
    for name in ['peak', 'area_above_limit', 'volume_above_limit', 'dissolved_mass']:
        want = []
        for m in members:
            rows = h5py.File(m, 'r')['metrics'][sp]['summary'][:]
            want.append([float(rows[name][np.argmin(abs(rows['time'] - x))]) for x in times])
        got = s['scalars'][sp][name][:]
        assert np.allclose(got, np.array(want), rtol=1e-12, atol=0, equal_nan=True), (sp, name)
    # How far the plume reaches from each source, and what reached each receptor, as each
    # member's /metrics distance and receptors tables give them.
    for source in s['scalars'][sp].get('distance', {}):
        want = []
        for m in members:
            rows = h5py.File(m, 'r')['metrics'][sp]['distance'][:]
            mine = rows[np.array([r.decode() if isinstance(r, bytes) else r for r in rows['source']]) == source]
            want.append([float(mine['distance'][np.argmin(abs(mine['time'] - x))]) for x in times])
        got = s['scalars'][sp]['distance'][source][:]
        assert np.allclose(got, np.array(want), rtol=1e-12, atol=0, equal_nan=True), (sp, source)
        checked_distance = True
    for group, column in (('receptor_peak', 'peak'), ('receptor_peak_mass_flux', 'peak_mass_flux')):
        for receptor in s['scalars'][sp].get(group, {}):
            want = []
            for m in members:
                rows = h5py.File(m, 'r')['metrics'][sp]['receptors'][:]
                names = np.array([r.decode() if isinstance(r, bytes) else r for r in rows['receptor']])
                want.append(float(rows[column][names == receptor][0]))
            got = s['scalars'][sp][group][receptor][:]
            assert np.allclose(got, np.array(want), rtol=1e-12, atol=0, equal_nan=True), (sp, group, receptor)
            checked_receptors = True
    # By each time, how many members had seen each point exceed (NaN time: never).
    if 'first_exceedance_probability' in g:
        d = g['first_exceedance_probability']
        points = [p.decode() if isinstance(p, bytes) else p for p in d.attrs['points']]
        for q, point in enumerate(points):
            fe = s['scalars'][sp]['first_exceedance'][point][:]
            for k, x in enumerate(times):
                want = np.mean(np.where(np.isnan(fe), False, fe <= x))
                assert abs(d[q, k] - want) < 1e-12, (sp, point, x, d[q, k], want)
    # Spearman of every numeric parameter with the peak, from the values in members.csv.
    import csv
    rows = list(csv.DictReader(open(root + '/members.csv')))
    keys = [k.decode() if isinstance(k, bytes) else k for k in s['sensitivity'][sp].attrs['parameters']]
    peak = s['scalars'][sp]['peak'][:]
    def rank(v):
        # Ranks 1..n, ties sharing the mean of their ranks.
        v = np.asarray(v, dtype=float)
        order = np.argsort(v, kind='stable')
        r = np.empty(len(v))
        r[order] = np.arange(1, len(v) + 1)
        for value in np.unique(v):
            tie = v == value
            r[tie] = r[tie].mean()
        return r
    for c, key in enumerate(keys):
        try:
            x = np.array([float(r[key].split()[0]) for r in rows])
        except ValueError:
            continue  # a scaled schedule: its factor is not in the table
        for k in range(len(times)):
            want = np.corrcoef(rank(x), rank(peak[:, k]))[0, 1]
            got = s['sensitivity'][sp]['peak'][c, k]
            assert abs(got - want) < 1e-9 or (np.isnan(got) and np.isnan(want)), (sp, key, got, want)
    # Partial rank correlations of the numeric parameters with the peak, with numpy's least squares
    # (when every parameter is numeric in members.csv).
    columns = []
    for key in keys:
        try:
            columns.append(np.array([float(r[key].split()[0]) for r in rows]))
        except ValueError:
            columns = None
            break
    if columns is not None and 'partial' in s['sensitivity'][sp]:
        checked_partial = True
        R = np.column_stack([rank(c) for c in columns])
        for k in range(len(times)):
            ry = rank(peak[:, k])
            for j in range(len(keys)):
                others = np.column_stack([np.ones(len(ry))] + [R[:, c] for c in range(len(keys)) if c != j])
                ex = R[:, j] - others @ np.linalg.lstsq(others, R[:, j], rcond=None)[0]
                ey = ry - others @ np.linalg.lstsq(others, ry, rcond=None)[0]
                tiny = 1e-9 * len(ry)
                want = ex @ ey / np.sqrt((ex @ ex) * (ey @ ey)) if min(np.linalg.norm(ex), np.linalg.norm(ey)) > tiny else np.nan
                got = s['sensitivity'][sp]['partial']['peak'][j, k]
                assert abs(got - want) < 1e-9 or (np.isnan(got) and np.isnan(want)), (sp, keys[j], got, want)
assert 'checked_percentiles' in dir(), 'no percentile_* datasets'
# Members whose metrics have sources and receptors must have them collected.
first = h5py.File(members[0], 'r')['metrics']
if any(first[sp]['distance'].shape[0] > 0 for sp in first if 'distance' in first[sp]):
    assert 'checked_distance' in dir(), 'no /scalars/<species>/distance'
if any(first[sp]['receptors'].shape[0] > 0 for sp in first if 'receptors' in first[sp]):
    assert 'checked_receptors' in dir(), 'no /scalars/<species>/receptor_peak'
print('largest relative difference', worst, '; partial rank correlations checked' if 'checked_partial' in dir() else '')
assert worst < 1e-12, worst
assert s['members'].shape[0] == len(members)
