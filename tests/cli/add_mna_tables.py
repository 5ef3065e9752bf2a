#!/usr/bin/python3
"""Adds the tables of monitored natural attenuation to a result file, for the picture tests.

    add_mna_tables.py RESULT.h5 SPECIES [--every-class] [--no-plume-trend] [--drop]

--every-class: seven monitoring points, one of each Mann-Kendall decision, on a circle of 80 m
  round the mean centre of dissolved mass (added to /features/wells), replace the trends table, so
  every symbol of the trend map appears; their places are printed as "name x y trend".
Without it a trends table the run wrote is kept; a result without one gets a row per monitoring
  series, all "no trend".
/plume_trend: centre_speed and centre_direction computed here with numpy, as the agreed layout
  defines them (least-squares slopes of the summary's centre_x and centre_y against time), unless
  --no-plume-trend. --drop removes both tables (a result written before they existed).
Layout: docs/result-file.md, Metrics.
"""
import sys

import h5py
import numpy as np

DECISIONS = ["increasing", "probably increasing", "no trend", "stable", "probably decreasing", "decreasing",
             "insufficient data"]
TEXT = h5py.string_dtype("utf-8")
TRENDS = np.dtype([("point", TEXT), ("kind", TEXT), ("samples", "<i8"), ("s", "<i8"), ("z", "<f8"),
                   ("confidence", "<f8"), ("cv", "<f8"), ("trend", TEXT), ("sen_slope", "<f8"),
                   ("below_limit_from", "<f8")])
PLUME = np.dtype([("centre_speed", "<f8"), ("centre_direction", "<f8"), ("mass_s", "<i8"), ("mass_z", "<f8"),
                  ("mass_confidence", "<f8"), ("mass_trend", TEXT), ("mass_sen_slope", "<f8"), ("bulk_rate", "<f8"),
                  ("bulk_rate_r2", "<f8"), ("lambda", "<f8"), ("below_limit_from", "<f8")])


def centre_velocity(summary):
    """Least-squares slopes of the centre (m/d) over the output times with a centre."""
    ok = np.isfinite(summary["centre_x"]) & np.isfinite(summary["centre_y"])
    t, x, y = summary["time"][ok], summary["centre_x"][ok], summary["centre_y"][ok]
    vx, vy = np.polyfit(t, x, 1)[0], np.polyfit(t, y, 1)[0]
    return x.mean(), y.mean(), vx, vy


def main(args):
    path, species = args[0], args[1]
    with h5py.File(path, "r+") as f:
        group = f["metrics"][species]
        if "--drop" in args:
            for name in ("trends", "plume_trend"):
                if name in group:
                    del group[name]
            return
        summary = group["summary"][:]
        cx, cy, vx, vy = centre_velocity(summary)
        times = f["transport/times"][:]
        if "--every-class" in args:
            rows = []
            for k, decision in enumerate(DECISIONS):
                name = "T-%d" % (k + 1)
                angle = 2 * np.pi * k / len(DECISIONS)
                x, y = cx + 80.0 * np.cos(angle), cy + 80.0 * np.sin(angle)
                if name in f["features/wells"]:
                    del f["features/wells"][name]
                w = f["features/wells"].create_group(name)
                w.attrs["kind"] = "monitoring"
                for key, value in (("x", x), ("y", y), ("top", 40.0), ("bottom", 40.0), ("plugged_at", np.nan)):
                    w.attrs[key] = value
                w.attrs["units"] = "m"
                slope = {"increasing": 0.5, "probably increasing": 0.1, "no trend": 0.0, "stable": -0.001,
                         "probably decreasing": -0.1, "decreasing": -0.5}.get(decision, np.nan)
                below = 500.0 if decision == "decreasing" else np.nan
                rows.append((name, "point", 2 if decision == "insufficient data" else len(times), 0, np.nan, np.nan,
                             np.nan, decision, slope, below))
                print(name, x, y, decision)
        elif "trends" in group:
            rows = None
        else:
            rows = [(name, "point", len(times), 0, 0.0, 50.0, 0.1, "no trend", 0.0, np.nan)
                    for name in f["monitoring"] if species in f["monitoring"][name]]
        if rows is not None:
            if "trends" in group:
                del group["trends"]
            table = group.create_dataset("trends", data=np.array(rows, dtype=TRENDS))
            table.attrs["trend_from"] = float(times[0])
        if "plume_trend" in group:
            del group["plume_trend"]
        if "--no-plume-trend" not in args:
            speed = np.hypot(vx, vy) * 365.25
            direction = np.degrees(np.arctan2(vx, vy)) % 360.0
            group.create_dataset("plume_trend", data=np.array(
                [(speed, direction, 0, np.nan, np.nan, "no trend", np.nan, np.nan, np.nan, np.nan, np.nan)], dtype=PLUME))
            print("plume_trend", speed, direction)


if __name__ == "__main__":
    main(sys.argv[1:])
