#!/usr/bin/env python3
"""Checks gwplume's pictures, report and exports of a sweep against sweep.h5 read with h5py.

Usage: check_sweep_outputs.py SWEEP.h5 SCRATCH    (the files test_sweep_outputs.sh wrote)

- pictures: PNG of the expected size range, not blank (many distinct colours);
- report.md: every point probability as in /statistics/<sp>/first_exceedance_probability, to
  the 0.05 percentage points its one decimal allows; every failed member with its exit code and
  reason from /members;
- GeoTIFF: the plan probability of every column to float32 precision (1e-6);
- GeoJSON: the 50 % outline holds the centre of every column whose probability is >= 0.5 and
  of none below (exact: the outline follows cell edges);
- VTK: the .pvd lists the collected times; each .vtu carries the species' fields.
"""
import json
import pathlib
import re
import sys

import h5py
import numpy as np
from PIL import Image
import subprocess

sweep_path, scratch = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


f = h5py.File(sweep_path, "r")
species = sorted(f["statistics"].keys())
text = lambda v: v.decode() if isinstance(v, bytes) else str(v)

# Pictures: not blank.
for name in ["p.png", "p3.png", "pzh.png", "arrival.png", "tornado.png", "hist.png",
             "report/probability-ammonia_n.png", "report/arrival-ammonia_n.png",
             "report/tornado-ammonia_n-peak.png", "report/histogram-ammonia_n-peak.png"]:
    img = Image.open(scratch / name).convert("RGB")
    colours = len(img.getcolors(maxcolors=1 << 20) or [])
    check(img.size[0] == 1600 and 300 <= img.size[1] <= 2400, f"{name}: size {img.size}")
    check(colours >= 20, f"{name}: only {colours} colours")
print("pictures: 10 of the expected size, each with >= 20 colours")

# The report's tables.
md = (scratch / "report" / "report.md").read_text()
rows = {}
for line in md.splitlines():
    cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
    if len(cells) >= 2:
        rows.setdefault(cells[0], []).append(cells[1:])
checked = 0
for sp in species:
    d = f["statistics"][sp]["first_exceedance_probability"]
    points = [text(p) for p in d.attrs["points"]]
    p = d[...]
    for q, point in enumerate(points):
        # The first table row of the point in this species' section.
        section = md.split("## ")[[i for i, s in enumerate(md.split("## ")) if f["transport"][sp].attrs["label"] in s.splitlines()[0]][0]]
        line = [l for l in section.splitlines() if l.startswith(f"| {point} |")][0]
        values = [float(re.sub(r"[^0-9.]", "", c)) for c in line.strip().strip("|").split("|")[1:]]
        check(len(values) == p.shape[1], f"{sp} {point}: {len(values)} times in the report, {p.shape[1]} in sweep.h5")
        for k, v in enumerate(values):
            check(abs(v - 100 * p[q, k]) <= 0.05 + 1e-9, f"{sp} {point} time {k}: report {v} %, sweep.h5 {100 * p[q, k]} %")
            checked += 1
members = f["members"][...]
failed = [m for m in members if text(m["status"]) == "failed"]
for m in failed:
    line = [l for l in md.splitlines() if l.startswith(f"| {int(m['member'])} | **failed** |")]
    check(len(line) == 1, f"member {int(m['member'])}: no failed row")
    if line:
        cells = [c.strip() for c in line[0].strip().strip("|").split("|")]
        check(cells[2] == str(int(m["exit_code"])), f"member {int(m['member'])}: exit code {cells[2]}")
        check(cells[3] == text(m["reason"]), f"member {int(m['member'])}: reason differs")
check(len(failed) >= 1, "the sweep was meant to have a failed member")
print(f"report: {checked} point probabilities within 0.05 percentage points; {len(failed)} failed members with exit code and reason")

# GIS: GeoTIFF values and the 50 % outline.
grid = f["grid"]
dx, dy = grid["dx"][...], grid["dy"][...]
xc = np.cumsum(dx) - dx / 2
yc = dy.sum() - (np.cumsum(dy) - dy / 2)  # row 0 at the north edge


def inside(x, y, ring):
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def read_tif(path):
    # Through gdal_translate as an ASCII grid: GDAL's Python binding and h5py do not share a process.
    text = subprocess.check_output(["gdal_translate", "-q", "-of", "AAIGrid", str(path), "/vsistdout/"], text=True)
    rows = [l.split() for l in text.splitlines() if l[:1] not in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    return np.array([[float(v) for v in r] for r in rows if r])


tifs = geojsons = 0
for sp in species:
    plan = f["statistics"][sp]["exceedance_probability_plan"][...]
    for t, path in enumerate(sorted((scratch / "gis").glob(f"{sp}_probability_*.tif"))):
        band = read_tif(path)
        want = np.where(plan[t] < -1e29, -9999.0, plan[t])
        check(np.max(np.abs(band - want)) <= 1e-6, f"{path.name}: differs from sweep.h5 by {np.max(np.abs(band - want))}")
        tifs += 1
    for t, path in enumerate(sorted((scratch / "gis").glob(f"{sp}_probability_*.geojson"))):
        polygons = [feat["geometry"]["coordinates"] for feat in json.loads(path.read_text())["features"]
                    if abs(feat["properties"]["probability"] - 0.5) < 1e-12]
        wrong = 0
        for i in range(len(yc)):
            for j in range(len(xc)):
                p = plan[t, i, j]
                if p < -1e29:
                    continue
                # Inside the outer ring and outside its holes.
                enclosed = any(inside(xc[j], yc[i], poly[0]) and not any(inside(xc[j], yc[i], h) for h in poly[1:])
                               for poly in polygons)
                wrong += enclosed != (p >= 0.5 - 1e-12)
        check(wrong == 0, f"{path.name}: {wrong} columns on the wrong side of the 50 % outline")
        geojsons += 1
check(tifs == 2 * len(species) and geojsons == 2 * len(species), f"{tifs} GeoTIFFs and {geojsons} GeoJSON files")
print(f"GIS: {tifs} GeoTIFFs equal to the plan probability (1e-6); {geojsons} 50 % outlines enclosing exactly the columns >= 0.5")

# VTK: the time series and its fields.
pvd = next((scratch / "vtk").glob("*.pvd")).read_text()
times = [float(t) for t in re.findall(r'timestep="([^"]+)"', pvd)]
want_times = f["statistics"][species[0]]["times"][...]
check(np.allclose(times, want_times, rtol=1e-12), f".pvd times {times}, sweep.h5 {want_times}")
for vtu in sorted((scratch / "vtk").glob("*.vtu")):
    body = vtu.read_bytes()
    for sp in species:
        for field in ["_probability", "_class_iii_probability", "_mean", "_std"]:
            check(f'Name="{sp}{field}"'.encode() in body, f"{vtu.name}: no {sp}{field}")
print(f"VTK: {len(times)} times in the .pvd as in sweep.h5, each .vtu with probability, class III, mean and std")

for what in failures:
    print("FAIL:", what)
sys.exit(1 if failures else 0)
