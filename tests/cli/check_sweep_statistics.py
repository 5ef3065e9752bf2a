"""Checks DIR/sweep.h5 against the members' own results, computed here with numpy: the
probability of exceeding the limit and class III (3-D and at any depth), the mean and the sample
standard deviation, for every collected species and time.

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
print('largest relative difference', worst)
assert worst < 1e-12, worst
assert s['members'].shape[0] == len(members)
