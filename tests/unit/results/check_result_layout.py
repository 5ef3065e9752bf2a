#!/usr/bin/python3
"""Check that a gwplume result file has the layout of docs/result-file.md.

Usage: /usr/bin/python3 check_result_layout.py RESULT.h5 [--status complete] [--require flow ...]

Prints every check as it passes; on the first failure prints "FAIL: ..." naming the object and
what was expected, and exits 1 (2 if the file cannot be opened at all). Needs h5py and numpy,
which Debian installs for /usr/bin/python3 (python3-h5py).
"""
import argparse
import datetime
import sys

import h5py
import numpy as np

FORMAT = "gwplume-result"
FORMAT_VERSION = 1
STATUSES = ("complete", "interrupted", "failed")
BUDGET_COLUMNS = ("time", "term", "kind", "inflow", "outflow")


class LayoutError(Exception):
    pass


def require(condition, message):
    if not condition:
        raise LayoutError(message)


def passed(message):
    print("ok    " + message)


def text(value):
    """An attribute or string element as str, whether stored variable- or fixed-length."""
    if isinstance(value, (bytes, np.bytes_)):
        return value.decode("utf-8")
    if isinstance(value, np.ndarray) and value.shape == ():
        return text(value[()])
    return value


def attribute(obj, name):
    require(name in obj.attrs, f"{obj.name}: attribute '{name}' is missing")
    return obj.attrs[name]


def text_attribute(obj, name):
    value = text(attribute(obj, name))
    require(isinstance(value, str), f"{obj.name}: attribute '{name}' is not a string ({value!r})")
    return value


def integer_attribute(obj, name):
    value = attribute(obj, name)
    require(np.ndim(value) == 0 and np.issubdtype(np.asarray(value).dtype, np.integer),
            f"{obj.name}: attribute '{name}' is not an integer ({value!r})")
    return int(value)


def dataset(group, name, shape=None):
    require(name in group, f"{group.name}: dataset '{name}' is missing")
    item = group[name]
    require(isinstance(item, h5py.Dataset), f"{item.name} is not a dataset")
    if shape is not None:
        require(item.shape == tuple(shape),
                f"{item.name}: shape {item.shape}, expected {tuple(shape)}")
    return item


def check_root(f, status):
    require(text_attribute(f, "format") == FORMAT, f"/: format is not '{FORMAT}'")
    version = integer_attribute(f, "format_version")
    require(version == FORMAT_VERSION, f"/: format_version {version}, expected {FORMAT_VERSION}")
    for name in ("program_version", "case_name", "case_toml"):
        text_attribute(f, name)
    created = text_attribute(f, "created")
    try:
        datetime.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise LayoutError(f"/: created '{created}' is not ISO 8601")
    stored = text_attribute(f, "status")
    require(stored in STATUSES, f"/: status '{stored}' is not one of {STATUSES}")
    if status is not None:
        require(stored == status, f"/: status '{stored}', expected '{status}'")
    if stored == "failed":
        text_attribute(f, "failure")
    passed(f"root attributes (format {FORMAT} v{version}, case '{text_attribute(f, 'case_name')}', "
           f"status {stored}, created {created})")


def check_grid(f):
    require("grid" in f, "/grid is missing")
    g = f["grid"]
    nx, ny, nz = (integer_attribute(g, n) for n in ("nx", "ny", "nz"))
    require(min(nx, ny, nz) > 0, f"/grid: nx ny nz = {nx} {ny} {nz}, all must be positive")
    origin = np.asarray(attribute(g, "origin"))
    require(origin.shape == (2,), f"/grid: origin has shape {origin.shape}, expected (2,)")
    require(np.ndim(attribute(g, "rotation")) == 0, "/grid: rotation is not a single number")
    text_attribute(g, "crs")
    dx, dy = dataset(g, "dx", (nx,))[()], dataset(g, "dy", (ny,))[()]
    require(np.all(dx > 0) and np.all(dy > 0), "/grid: dx and dy must be positive")
    top = dataset(g, "top", (ny, nx))[()]
    bottom = dataset(g, "bottom", (nz, ny, nx))[()]
    active = dataset(g, "active", (nz, ny, nx))
    require(active.dtype == np.uint8, f"/grid/active: type {active.dtype}, expected uint8")
    active = active[()]
    require(np.isin(active, (0, 1)).all(), "/grid/active: values other than 0 and 1")
    names = dataset(g, "layer_names", (nz,))
    require(names.dtype.kind in "OS", f"/grid/layer_names: type {names.dtype}, expected strings")
    cell_top = np.concatenate([top[np.newaxis], bottom[:-1]], axis=0)
    thin = (cell_top - bottom <= 0) & (active == 1)
    if thin.any():
        first = tuple(int(i) for i in np.argwhere(thin)[0])
        raise LayoutError(f"/grid: {int(thin.sum())} active cells with top <= bottom, "
                          f"first at (layer, row, column) {first}")
    passed(f"/grid: {nz} x {ny} x {nx} cells, {int(active.sum())} active, origin {origin.tolist()}, "
           f"crs '{text_attribute(g, 'crs')}'")
    return nx, ny, nz, active


def check_properties(f, dims):
    require("properties" in f, "/properties is missing")
    names = list(f["properties"])
    require(names, "/properties holds no dataset")
    for name in names:
        dataset(f["properties"], name, dims)
    passed(f"/properties: {', '.join(names)} each {dims}")


def check_time_slices(group, name, times, slice_shape, active):
    """A per-cell field of shape (nt, nz, ny, nx[, c]), stored a time a chunk and compressed."""
    item = dataset(group, name, (len(times),) + tuple(slice_shape))
    require(item.chunks == (1,) + tuple(slice_shape),
            f"{item.name}: chunks {item.chunks}, expected one time slice a chunk")
    require(item.compression == "gzip", f"{item.name}: not gzip-compressed")
    inactive_value = attribute(item, "inactive_value")
    inactive = active == 0
    if inactive.any():
        for t in range(len(times)):  # a slice at a time: whole fields may not fit in memory
            require(np.all(item[t][inactive] == inactive_value),
                    f"{item.name}: at time {times[t]} inactive cells do not all hold "
                    f"inactive_value {inactive_value}")
    passed(f"{item.name}: {item.shape}, chunks {item.chunks}, gzip level {item.compression_opts}, "
           f"inactive cells = {inactive_value}")


def check_times(group):
    times = dataset(group, "times")[()]
    require(times.ndim == 1, f"{group.name}/times is not one-dimensional")
    require(np.all(np.diff(times) >= 0), f"{group.name}/times is not in increasing order")
    return times


def check_flow(f, dims, active):
    g = f["flow"]
    times = check_times(g)
    passed(f"/flow/times: {len(times)} times {times.tolist()}")
    check_time_slices(g, "head", times, dims, active)
    check_time_slices(g, "darcy_flux", times, dims + (3,), active)
    budget = dataset(g, "budget")
    fields = budget.dtype.names or ()
    require(tuple(fields) == BUDGET_COLUMNS,
            f"{budget.name}: columns {fields}, expected {BUDGET_COLUMNS}")
    rows = budget[()]
    require(np.isin(rows["time"], times).all(), f"{budget.name}: a row's time is not in /flow/times")
    require((rows["inflow"] >= 0).all() and (rows["outflow"] >= 0).all(),
            f"{budget.name}: inflow and outflow must be non-negative")
    discrepancy = dataset(g, "discrepancy_percent", (len(times),))
    passed(f"/flow/budget: {len(rows)} rows of {', '.join(fields)}; "
           f"/flow/discrepancy_percent {discrepancy.shape}")


def check_transport(f, dims, active):
    g = f["transport"]
    times = check_times(g)
    species = [name for name in g if isinstance(g[name], h5py.Group)]
    for name in species:
        check_time_slices(g[name], "concentration", times, dims, active)
    passed(f"/transport: {len(times)} times, species {', '.join(species) or 'none'}")


def check_series(f, top):
    count = 0

    def visit(name, item):
        nonlocal count
        if not isinstance(item, h5py.Dataset):
            return
        require(item.ndim == 2 and item.shape[1] >= 2,
                f"{item.name}: shape {item.shape}, expected (n, 1 + values)")
        columns = [text(c) for c in attribute(item, "columns")]
        require(len(columns) == item.shape[1] and columns[0] == "time",
                f"{item.name}: columns {columns} do not start with 'time' and name every column")
        require(np.all(np.diff(item[:, 0]) >= 0), f"{item.name}: times are not in increasing order")
        count += 1

    f[top].visititems(visit)
    passed(f"/{top}: {count} series of rows [time, values...] with named columns")


def check_units_everywhere(f):
    missing, count = [], 0

    def visit(name, item):
        nonlocal count
        if isinstance(item, h5py.Dataset):
            count += 1
            if "units" not in item.attrs:
                missing.append(item.name)

    f.visititems(visit)
    require(not missing, f"datasets without a 'units' attribute: {', '.join(missing)}")
    passed(f"all {count} datasets carry a 'units' attribute")


def check(path, status, required):
    with h5py.File(path, "r") as f:
        check_root(f, status)
        nx, ny, nz, active = check_grid(f)
        dims = (nz, ny, nx)
        check_properties(f, dims)
        for group in required:
            require(group in f, f"/{group} is required but missing")
        if "flow" in f:
            check_flow(f, dims, active)
        if "transport" in f:
            check_transport(f, dims, active)
        for top in ("monitoring", "wells"):
            if top in f:
                check_series(f, top)
        check_units_everywhere(f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result", help="result file (result.h5 or result.h5.partial)")
    parser.add_argument("--status", choices=STATUSES, help="the status the file must have")
    parser.add_argument("--require", action="append", default=[], metavar="GROUP",
                        help="a top-level group that must be present (flow, transport, monitoring ...)")
    args = parser.parse_args()
    print(f"checking {args.result}")
    try:
        h5py.File(args.result, "r").close()
    except OSError as error:
        print(f"FAIL: cannot open {args.result} as HDF5: {error}", file=sys.stderr)
        return 2
    try:
        check(args.result, args.status, args.require)
    except LayoutError as error:
        print(f"FAIL: {args.result}: {error}", file=sys.stderr)
        return 1
    print(f"PASS: {args.result} has the gwplume result layout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
