"""ParaView's own readers on gwplume's export files: run with pvbatch (scripts/paraview-check).

    pvbatch paraview_check.py EXPECT.json PVD XMF FEATURES.vtp SCREENSHOT.png [SWEEP_EXPECT.json SWEEP.xmf]

EXPECT.json is computed from result.h5 with h5py: the transport times (d), the number of active
cells, and per time the range over active cells of head and of every species, with each species'
limit. The .pvd (PVDReader) and the .xmf must give those times, that many cells and those ranges,
and agree with each other cell by cell. The .xmf is opened the way a user's double-click or
File > Open does, with paraview.simple.OpenDataFile, which picks ParaView 5.11's default Xdmf3
reader; it is also read with the legacy "XDMF Reader", which must show the same and the
<species>_ratio arrays (a Function item the Xdmf3 readers skip). Then one picture is rendered from
the default reader's output and must not be blank. With a sweep, its sweep.xmf opened the same
way must give the collected times, the active cells and each statistic's range over them
(SWEEP_EXPECT.json, from sweep.h5; no range: NaN in every cell). Exits 1 on any mismatch, listing
them all.
"""
import json
import sys

import numpy as np
from paraview import simple as pv
from vtkmodules.util.numpy_support import vtk_to_numpy
from vtkmodules.vtkIOImage import vtkPNGReader

# Both files hold float64 read from the same float64 datasets; ranges agree to the last bit, so
# 1e-12 relative only forgives a reader that sums or converts.
RTOL = 1e-12

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
        print("MISMATCH:", message)


def close(a, b):
    return abs(a - b) <= RTOL * max(abs(a), abs(b), 1e-300)


def dataset_at(reader, time):
    reader.UpdatePipeline(time)
    data = reader.GetClientSideObject().GetOutputDataObject(0)
    while data is not None and data.IsA("vtkCompositeDataSet"):
        it = data.NewIterator()
        it.InitTraversal()
        data = it.GetCurrentDataObject() if not it.IsDoneWithTraversal() else None
    if data is None:
        return None
    copy = data.NewInstance()  # the reader's output is reused at the next time
    copy.DeepCopy(data)
    return copy


def cell_array(data, name):
    array = data.GetCellData().GetArray(name)
    return None if array is None else vtk_to_numpy(array)


def check_reader(label, reader, expect, with_ratio=True):
    times = list(reader.TimestepValues)
    check(len(times) == len(expect["times"]) and all(close(a, b) for a, b in zip(times, expect["times"])),
          f"{label}: times {times}, expected {expect['times']}")
    datasets = []
    for k, t in enumerate(expect["times"]):
        data = dataset_at(reader, t)
        if data is None:
            check(False, f"{label}: no data at t = {t} d")
            datasets.append(None)
            continue
        check(data.GetNumberOfCells() == expect["active_cells"],
              f"{label}: {data.GetNumberOfCells()} cells at t = {t} d, expected {expect['active_cells']} active cells")
        for name, limit in expect["limits"].items():
            values = cell_array(data, name)
            want = expect["ranges"][name][k]
            if values is None:
                check(False, f"{label}: no cell array {name} at t = {t} d")
                continue
            got = [float(values.min()), float(values.max())]
            check(close(got[0], want[0]) and close(got[1], want[1]),
                  f"{label}: {name} range {got} at t = {t} d, result.h5 says {want}")
            if not with_ratio:
                continue
            ratio = cell_array(data, name + "_ratio")
            check(ratio is not None and close(float(ratio.max()), want[1] / limit),
                  f"{label}: {name}_ratio maximum at t = {t} d is not {want[1]} / {limit}")
        head = cell_array(data, "head")
        want = expect["head_ranges"][k]
        check(head is not None and close(float(head.min()), want[0]) and close(float(head.max()), want[1]),
              f"{label}: head range at t = {t} d is not {want}")
        datasets.append(data)
    return datasets


def check_sweep(expect, xmf):
    reader = pv.OpenDataFile(xmf)
    chosen = reader.GetXMLName() if reader is not None else None
    check(chosen is not None and chosen.startswith("Xdmf3Reader"),
          f"OpenDataFile chose {chosen} for {xmf}, expected ParaView 5.11's default Xdmf3 reader")
    if chosen is None:
        return
    times = list(reader.TimestepValues)
    check(len(times) == len(expect["times"]) and all(close(a, b) for a, b in zip(times, expect["times"])),
          f"{xmf}: times {times}, sweep.h5 says {expect['times']}")
    for k, t in enumerate(expect["times"]):
        data = dataset_at(reader, t)
        if data is None:
            check(False, f"{xmf}: no data at t = {t} d")
            continue
        check(data.GetNumberOfCells() == expect["active_cells"],
              f"{xmf}: {data.GetNumberOfCells()} cells at t = {t} d, expected {expect['active_cells']}")
        for name, ranges in expect["ranges"].items():
            values, want = cell_array(data, name), ranges[k]
            if values is None:
                check(False, f"{xmf}: no cell array {name} at t = {t} d")
            elif want is None:
                check(bool(np.all(np.isnan(values))), f"{xmf}: {name} at t = {t} d is not NaN everywhere")
            else:
                got = [float(np.nanmin(values)), float(np.nanmax(values))]
                check(close(got[0], want[0]) and close(got[1], want[1]),
                      f"{xmf}: {name} range {got} at t = {t} d, sweep.h5 says {want}")
    print(f"ParaView read {xmf} (with {chosen}): {len(times)} times, {expect['active_cells']} cells, "
          f"{len(expect['ranges'])} statistics as in sweep.h5")


def main():
    expect_path, pvd, xmf, features, screenshot = sys.argv[1:6]
    with open(expect_path) as f:
        expect = json.load(f)

    pvd_reader = pv.PVDReader(FileName=pvd)
    xmf_reader = pv.OpenDataFile(xmf)  # what File > Open and a double-click choose
    chosen = xmf_reader.GetXMLName() if xmf_reader is not None else None
    check(chosen is not None and chosen.startswith("Xdmf3Reader"),
          f"OpenDataFile chose {chosen} for {xmf}, expected ParaView 5.11's default Xdmf3 reader")
    legacy_reader = pv.XDMFReader(FileNames=[xmf])
    legacy_reader.CellArrayStatus = legacy_reader.GetProperty("CellArrayInfo")[::2]
    from_pvd = check_reader("pvd", pvd_reader, expect)
    from_xmf = check_reader(f"xmf ({chosen})", xmf_reader, expect, with_ratio=False)
    from_legacy = check_reader("xmf (XDMF Reader)", legacy_reader, expect)

    # The descriptions hold the same cells in the same order with the same values.
    for label, other in (("xmf", from_xmf), ("xmf (XDMF Reader)", from_legacy)):
        for t, a, b in zip(expect["times"], from_pvd, other):
            if a is None or b is None or a.GetNumberOfCells() != b.GetNumberOfCells():
                continue
            same_points = np.array_equal(vtk_to_numpy(a.GetPoints().GetData()), vtk_to_numpy(b.GetPoints().GetData()))
            check(same_points, f"pvd and {label} corner points differ at t = {t} d")
            for name in ["cell_index", "layer", "head", "darcy_flux"] + list(expect["limits"]):
                x, y = cell_array(a, name), cell_array(b, name)
                check(x is not None and y is not None and np.array_equal(x.astype(float), y.astype(float)),
                      f"pvd and {label} {name} differ cell by cell at t = {t} d")

    # A picture: the last time from the .xmf, coloured by the first species, with the features.
    species = sorted(expect["limits"])[0]
    view = pv.CreateRenderView(ViewSize=[800, 600])
    view.ViewTime = expect["times"][-1]
    shown = pv.Show(xmf_reader, view)
    shown.SetRepresentationType("Surface")
    pv.ColorBy(shown, ("CELLS", species))
    shown.RescaleTransferFunctionToDataRange(True, False)
    shown.SetScalarBarVisibility(view, True)
    lines = pv.Show(pv.XMLPolyDataReader(FileName=[features]), view)
    lines.AmbientColor = lines.DiffuseColor = [0.0, 0.0, 0.0]
    lines.LineWidth = 3.0
    view.CameraPosition = [0.0, -1.0, 1.0]
    view.CameraViewUp = [0.0, 0.0, 1.0]
    view.ResetCamera()
    pv.SaveScreenshot(screenshot, view, ImageResolution=[800, 600])
    png = vtkPNGReader()
    png.SetFileName(screenshot)
    png.Update()
    pixels = vtk_to_numpy(png.GetOutput().GetPointData().GetScalars())
    colours = len(np.unique(pixels.reshape(len(pixels), -1), axis=0))
    check(colours > 20, f"the screenshot {screenshot} has only {colours} colours")

    if len(sys.argv) > 7:
        with open(sys.argv[6]) as f:
            check_sweep(json.load(f), sys.argv[7])

    if problems:
        print(f"{len(problems)} mismatch(es)")
        sys.exit(1)
    print(f"ParaView read {pvd} and {xmf} (with {chosen} and XDMF Reader): {len(expect['times'])} times, {expect['active_cells']} cells, "
          f"ranges as in result.h5; screenshot {screenshot} ({colours} colours)")


main()
