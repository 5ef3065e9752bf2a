"""Makes the members of the collection benchmark: N member folders under DIR/members/, each a
result.h5 of the 75 000-cell L1 grid with 8 output times of one species (ammonia_n), in the
layout gwplume writes (one time slice a chunk, shuffle + gzip), its concentrations a member's own
multiple of a real L1 result's, plus the overrides.txt and status.txt a sweep leaves, and the
list sweep file DIR/collect.toml and its CSV that name them.

Usage: /usr/bin/python3 bench/make_collection_members.py L1_RESULT DIR N BASE_CASE
"""
import os, sys
import h5py, numpy as np

source, root, n, base = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
src = h5py.File(source, 'r')
times = src['transport/times'][:]
c = src['transport/ammonia_n/concentration'][:]
# Eight times: the seven of L1 and 40 yr between its last two.
t8 = np.concatenate([times[:-1], [(times[-2] + times[-1]) / 2], times[-1:]])
c8 = np.concatenate([c[:-1], (c[-2:-1] + c[-1:]) / 2, c[-1:]])
inactive = c8 < -1e29
rng = np.random.default_rng(1)
factors = np.exp(rng.normal(0.0, 0.5, n))
os.makedirs(root + '/members', exist_ok=True)
with open(root + '/members.list.csv', 'w') as f:
    f.write('properties.kh\n')
    for i in range(n):
        f.write('30 m/d\n')
with open(root + '/collect.toml', 'w') as f:
    f.write('[sweep]\nname = "bench-collection"\nbase = "%s"\nmethod = "list"\nfile = "members.list.csv"\n'
            '[sweep.collect]\nspecies = ["ammonia_n"]\n' % base)
for i in range(n):
    d = '%s/members/%04d' % (root, i + 1)
    os.makedirs(d, exist_ok=True)
    with open(d + '/overrides.txt', 'w') as f:
        f.write('properties.kh=30 m/d\n')
    with open(d + '/status.txt', 'w') as f:
        f.write('complete\n0\n1.000\n1.000\n\n')
    with h5py.File(d + '/result.h5', 'w') as out:
        for k, v in src.attrs.items():
            out.attrs[k] = v
        for g in ('grid', 'features', 'metrics'):
            src.copy(src[g], out, g)
        tr = out.create_group('transport')
        tr.create_dataset('times', data=t8).attrs['units'] = 'd'
        sp = tr.create_group('ammonia_n')
        for k, v in src['transport/ammonia_n'].attrs.items():
            sp.attrs[k] = v
        values = np.where(inactive, c8, c8 * factors[i])
        ds = sp.create_dataset('concentration', data=values, chunks=(1,) + values.shape[1:],
                               shuffle=True, compression='gzip', compression_opts=1)
        ds.attrs['units'] = 'mg/L'
        ds.attrs['inactive_value'] = -1e30
print('%d members of %s cells x %d times in %s' % (n, 'x'.join(map(str, c8.shape[1:])), len(t8), root))
