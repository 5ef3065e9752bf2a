#!/usr/bin/env bash
# `gwplume export --csv` on the small export case run with a start date: every CSV file parsed
# with Python's csv module and checked against the result's datasets read with h5py (values must
# read back to the very doubles stored; NaN is an empty cell), the dates recomputed with Python's
# datetime from the start date, units in the headings, UTF-8 with a byte order mark, CR LF rows.
source "$(dirname "$0")/common.sh"
CASE="$SOURCE/tests/data/cases/export_small.toml"
PY=/usr/bin/python3

expect_exit 0 "run with a start date" -- "$GWPLUME" run "$CASE" -o "$SCRATCH/run" --quiet --set time.start=2023-01-01
expect_exit 0 "export --csv" -- "$GWPLUME" export "$SCRATCH/run/result.h5" --csv "$SCRATCH/csv"
expect_output "CSV: " "export --csv"
for f in monitoring_MW-1.csv well_flows.csv flow_budget.csv mass_budget_chloride.csv mass_budget_ammonia_n.csv \
         metrics_chloride_summary.csv metrics_ammonia_n_distance.csv metrics_chloride_first_exceedance.csv; do
  [ -s "$SCRATCH/csv/$f" ] || fail "missing csv/$f"
done

"$PY" - "$SCRATCH/run/result.h5" "$SCRATCH/csv" <<'PY' || fail "the CSV files disagree with the result"
import csv, datetime, math, os, sys
import h5py, numpy as np
f = h5py.File(sys.argv[1], "r")
d = sys.argv[2]
start = datetime.date.fromisoformat(f.attrs["start_date"])
problems = []
def check(ok, what):
    if not ok:
        problems.append(what)

def read(name):
    raw = open(os.path.join(d, name), "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 byte order mark")
    check(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{name}: rows not ended by CR LF")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    return rows[0], rows[1:]

def same(cell, value):
    if isinstance(value, bytes):
        value = value.decode()
    if isinstance(value, str):
        return cell == value
    if math.isnan(value):
        return cell == ""
    return cell != "" and float(cell) == float(value)  # round trip: the very double

def date_of(t):
    return (start + datetime.timedelta(days=math.floor(t + 1e-6))).isoformat()

# Monitoring: one file per point, one column per series, on the union of the sample times.
for point in f["monitoring"]:
    header, rows = read(f"monitoring_{point}.csv")
    check(header[:2] == ["time (d)", "date"], f"monitoring {point}: header starts {header[:2]}")
    by_time = {float(r[0]): r for r in rows}
    check(len(by_time) == len(rows), f"monitoring {point}: repeated times")
    check([float(r[0]) for r in rows] == sorted(by_time), f"monitoring {point}: times not ascending")
    series = [(n, f["monitoring"][point][n]) for n in f["monitoring"][point] if isinstance(f["monitoring"][point][n], h5py.Dataset)]
    check(len(header) == 2 + len(series), f"monitoring {point}: {len(header) - 2} columns for {len(series)} series")
    for name, ds in series:
        unit = ds.attrs["column_units"][1]
        col = header.index(f"{name} ({unit})") if f"{name} ({unit})" in header else None
        check(col is not None, f"monitoring {point}: no column '{name} ({unit})' in {header}")
        if col is None:
            continue
        data = ds[:]
        for t, v in data:
            row = by_time.get(float(t))
            check(row is not None and same(row[col], v), f"monitoring {point} {name} at {t}: {row and row[col]} != {v}")
        check(sum(1 for r in rows if r[col] != "") == len(data), f"monitoring {point} {name}: extra values")
    for r in rows:
        check(r[1] == date_of(float(r[0])), f"monitoring {point}: date {r[1]} for t = {r[0]}")

# Well flows.
header, rows = read("well_flows.csv")
for well in f["wells"]:
    data = f["wells"][well]["flow"][:]
    col = header.index(f"{well} flow (m3/d)")
    by_time = {float(r[0]): r for r in rows}
    for t, v in data:
        check(same(by_time[float(t)][col], v), f"well {well} at {t}")

# Tables: every row and column, days followed by their date.
def check_table(name, ds):
    header, rows = read(name)
    units = list(ds.attrs["column_units"])
    data = ds[:]
    check(len(rows) == len(data), f"{name}: {len(rows)} rows, table has {len(data)}")
    col = 0
    for field, unit in zip(ds.dtype.names, units):
        want = f"{field} ({unit})" if unit not in ("", "1") else field
        check(header[col] == want, f"{name}: heading {header[col]!r}, expected {want!r}")
        for r, row in zip(rows, data):
            check(same(r[col], row[field]), f"{name} {field}: {r[col]} != {row[field]}")
        col += 1
        if unit == "d" and ds.dtype[field].kind == "f":
            check(header[col] == ("date" if field == "time" else field + "_date"), f"{name}: no date after {field}")
            for r, row in zip(rows, data):
                want = "" if math.isnan(row[field]) else date_of(row[field])
                check(r[col] == want, f"{name} {field} date {r[col]} != {want}")
            col += 1
    check(len(header) == col, f"{name}: {len(header)} columns, expected {col}")

check_table("flow_budget.csv", f["flow/budget"])
for sp in ("chloride", "ammonia_n"):
    check_table(f"mass_budget_{sp}.csv", f[f"transport/{sp}/budget"])
    for table in f[f"metrics/{sp}"]:
        check_table(f"metrics_{sp}_{table}.csv", f[f"metrics/{sp}/{table}"])
for p in problems[:20]:
    print("MISMATCH:", p)
sys.exit(1 if problems else 0)
PY

# Without a start date: no date column, the time first.
expect_exit 0 "run without a start date" -- "$GWPLUME" run "$CASE" -o "$SCRATCH/plain" --quiet
expect_exit 0 "export --csv without a start date" -- "$GWPLUME" export "$SCRATCH/plain/result.h5" --csv "$SCRATCH/plain/csv"
head -1 "$SCRATCH/plain/csv/flow_budget.csv" | grep -q $'^\xef\xbb\xbftime (d),term,kind,inflow (m3/d),outflow (m3/d)\r$' ||
  fail "flow_budget.csv without a start date has the heading $(head -1 "$SCRATCH/plain/csv/flow_budget.csv" | od -c | head -2)"
finish
