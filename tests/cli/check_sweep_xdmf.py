#!/usr/bin/env python3
"""Checks `gwplume export SWEEP.h5 --xdmf` against sweep.h5 read with h5py.

Usage: check_sweep_xdmf.py SWEEP.h5    (SWEEP.xmf and SWEEP.xdmf.h5 beside it)

- every DataItem names a dataset that exists in the file it names, with the stated dimensions
  and number type; nothing but plain HDF items (ParaView's default Xdmf3 reader aborts on
  HyperSlab and Coordinates items);
- one grid per collected time, with the times of /statistics/<species>/times exactly (17 digits);
- every grid has, per species, <species>_probability, _class_iii_probability, _mean and _std,
  whose values are sweep.h5's exceedance_probability, class_iii_probability, mean and std at that
  time in the active cells (bit for bit; NaN where sweep.h5 holds NaN), in the order /cell_index
  gives, and those cells are exactly the active cells of /grid.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

import h5py
import numpy as np

sweep_path = pathlib.Path(sys.argv[1])
xmf = sweep_path.with_suffix(".xmf")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


f = h5py.File(sweep_path, "r")
species = sorted(f["statistics"].keys())
fields = {"_probability": "exceedance_probability", "_class_iii_probability": "class_iii_probability",
          "_mean": "mean", "_std": "std"}
root = ET.parse(xmf).getroot()
opened = {}


def dataset(item):
    """The h5py dataset a DataItem refers to, after checking its form; None when it is missing."""
    check(item.get("Format") == "HDF" and item.get("ItemType") is None,
          f"DataItem {item.attrib}: not a plain HDF item")
    name, _, path = item.text.strip().partition(":")
    file = xmf.parent / name
    if not file.is_file():
        check(False, f"{item.text}: no file {file}")
        return None
    if name not in opened:
        opened[name] = h5py.File(file, "r")
    h5 = opened[name]
    if path not in h5 or not isinstance(h5[path], h5py.Dataset):
        check(False, f"{item.text}: no such dataset")
        return None
    d = h5[path]
    dims = tuple(int(n) for n in item.get("Dimensions").split())
    check(d.shape == dims, f"{item.text}: Dimensions {dims}, dataset {d.shape}")
    kind = {"Float": "f", "Int": "i"}[item.get("NumberType", "Float")]
    check(d.dtype.kind == kind and d.dtype.itemsize == int(item.get("Precision", "4")),
          f"{item.text}: {item.get('NumberType')} {item.get('Precision')} against {d.dtype}")
    return d


items = list(root.iter("DataItem"))
resolved = [dataset(i) for i in items]
check(all(d is not None for d in resolved), "some DataItem points nowhere")

collection = root.find("Domain/Grid")
check(collection.get("CollectionType") == "Temporal", "not a temporal collection")
grids = collection.findall("Grid")
want_times = f["statistics"][species[0]]["times"][...]
for sp in species:
    check(np.array_equal(f["statistics"][sp]["times"][...], want_times), f"{sp}: times differ from {species[0]}'s")
times = np.array([float(g.find("Time").get("Value")) for g in grids])
check(np.array_equal(times, want_times), f".xmf times {times}, sweep.h5 {want_times}")

active = f["grid"]["active"][...].astype(bool).ravel()
compared = 0
for t, g in enumerate(grids):
    cells = int(g.find("Topology").get("NumberOfElements"))
    check(cells == int(active.sum()), f"grid {t}: {cells} cells, {int(active.sum())} active in /grid")
    attributes = {a.get("Name"): dataset(a.find("DataItem")) for a in g.findall("Attribute")}
    index = attributes["cell_index"][...]
    check(np.array_equal(index, np.nonzero(active)[0]), f"grid {t}: cell_index is not the active cells in order")
    for sp in species:
        for suffix, name in fields.items():
            got = attributes.get(sp + suffix)
            if got is None:
                check(False, f"grid {t}: no attribute {sp}{suffix}")
                continue
            want = f["statistics"][sp][name][t].ravel()[index]
            check(want.shape == got.shape and np.array_equal(got[...], want, equal_nan=True),
                  f"grid {t}: {sp}{suffix} differs from /statistics/{sp}/{name}[{t}]")
            check(not np.any(got[...] < -1e29), f"grid {t}: {sp}{suffix} holds the inactive marker")
            compared += got.size
check(len(grids) == len(want_times) and len(grids) > 0, f"{len(grids)} grids")

for what in failures:
    print("FAIL:", what)
if not failures:
    print(f"XDMF: {len(items)} DataItems, each a dataset of the stated extent in {', '.join(sorted(opened))}; "
          f"{len(grids)} times as in sweep.h5; {compared} cell values of {len(species)} species equal to sweep.h5")
sys.exit(1 if failures else 0)
