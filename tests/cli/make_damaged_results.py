"""Damaged copies of one whole result file, for the readers' tests (test_damaged_results.sh).

Usage: /usr/bin/python3 make_damaged_results.py RESULT.h5 DIR
Writes DIR/<name>.h5 for each damage below and prints the names, one a line. Each copy differs from
RESULT.h5 in the one way its name says; the original is not changed.
"""
import os
import random
import shutil
import sys

import h5py
import numpy as np

source, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
data = open(source, "rb").read()
made = []


def write_bytes(name, content):
    with open(os.path.join(out, name + ".h5"), "wb") as f:
        f.write(content)
    made.append(name)


def copy_and_edit(name, edit):
    path = os.path.join(out, name + ".h5")
    shutil.copyfile(source, path)
    with h5py.File(path, "r+") as f:
        edit(f)
    made.append(name)


write_bytes("empty", b"")
for percent in (10, 50, 90):
    write_bytes(f"truncated_{percent}", data[: len(data) * percent // 100])


def storage_map(path):
    """(first byte, end, dataset, compressed) of every stored piece of every dataset."""
    pieces = []
    with h5py.File(path, "r") as f:
        def visit(name, obj):
            if not isinstance(obj, h5py.Dataset):
                return
            if obj.chunks is None:
                offset = obj.id.get_offset()
                if offset is not None:
                    pieces.append((offset, offset + obj.id.get_storage_size(), "/" + name, False))
                return
            compressed = obj.compression is not None
            for i in range(obj.id.get_num_chunks()):
                info = obj.id.get_chunk_info(i)
                pieces.append((info.byte_offset, info.byte_offset + info.size, "/" + name, compressed))
        f.visititems(visit)
    return pieces


# A few bytes inverted in the middle fifth of the file, where the fields' chunks lie. Where each
# landed is written to DIR/flips.txt: "NAME gzip DATASETS" when one is inside a gzip-compressed
# chunk of a head or concentration field (the library's inflate then fails on reading it), "NAME
# raw" (with any other compressed datasets hit) otherwise: uncompressed data or the file's
# structure, which HDF5 1.10 files carry no checksum of.
pieces = storage_map(source)
where = []
for seed in (1, 2, 3, 4, 5):
    rng = random.Random(seed)
    flipped = bytearray(data)
    hit = set()
    for _ in range(4):
        at = rng.randrange(len(data) * 2 // 5, len(data) * 3 // 5)
        flipped[at] ^= 0xFF
        hit |= {name for a, b, name, z in pieces if a <= at < b and z}
    write_bytes(f"flipped_seed{seed}", bytes(flipped))
    fields = sorted(n for n in hit if n == "/flow/head" or n.endswith("/concentration"))
    where.append(f"flipped_seed{seed} {'gzip ' + ' '.join(fields) if fields else 'raw ' + ' '.join(sorted(hit))}")
with open(os.path.join(out, "flips.txt"), "w") as f:
    f.write("\n".join(where) + "\n")
write_bytes("text", b"head,concentration\n1,2\nnot an HDF5 file\n")

# Only the root attributes of the result, nothing under the root.
with h5py.File(source, "r") as whole, h5py.File(os.path.join(out, "root_only.h5"), "w") as bare:
    for key, value in whole.attrs.items():
        bare.attrs[key] = value
made.append("root_only")


def set_version(f):
    f.attrs["format_version"] = np.int64(2)


copy_and_edit("format_version_2", set_version)


def wrong_shape(f):
    # The first species' concentrations one column short of the grid.
    species = [k for k in f["transport"] if isinstance(f["transport"][k], h5py.Group)][0]
    path = f"transport/{species}/concentration"
    values = f[path][...]
    del f[path]
    f.create_dataset(path, data=values[..., :-1])


copy_and_edit("wrong_shape", wrong_shape)


def no_transport(f):
    del f["transport"]


copy_and_edit("no_transport", no_transport)


def interrupted(f):
    f.attrs["status"] = "interrupted"


copy_and_edit("interrupted", interrupted)
print("\n".join(made))
