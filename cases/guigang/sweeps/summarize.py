#!/usr/bin/python3
"""Prints the figures cases/guigang/README.md records for a Guigang sweep, from its sweep.h5 and
members.csv: members complete and failed (with why), run times, for each collected species the
probability that each monitoring point and receptor has exceeded its limit by each collected
time (per design when the sweep has designs), the area where the exceedance probability (at
any depth) is at least 5, 50 and 95 % at each time, percentiles of the members' plume figures,
and the parameters that drive them (partial rank correlations).

    /usr/bin/python3 cases/guigang/sweeps/summarize.py out/guigang-l1-uncertainty
(the Debian python3, which has h5py)."""
import csv
import sys

import h5py
import numpy as np

YEAR = 365.25


def text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


def main(root):
    s = h5py.File(root + "/sweep.h5", "r")
    print(f"== sweep {text(s.attrs['name'])}: {s.attrs['members']} members, {s.attrs['members_collected']} collected")
    rows = list(csv.DictReader(open(root + "/members.csv")))
    done = [r for r in rows if r["status"] == "complete"]
    failed = [r for r in rows if r["status"] == "failed"]
    wall = np.array([float(r["wall_time_s"]) for r in done if r["wall_time_s"]])
    cpu = np.array([float(r["cpu_time_s"]) for r in done if r.get("cpu_time_s")])
    print(f"complete {len(done)}, failed {len(failed)}, not run {len(rows) - len(done) - len(failed)}")
    if len(wall):
        print(f"member wall time: mean {wall.mean():.1f} s, min {wall.min():.1f}, max {wall.max():.1f}; "
              f"sum {wall.sum() / 3600:.2f} h")
    if len(cpu):
        print(f"member CPU time: mean {cpu.mean():.1f} s, sum {cpu.sum() / 3600:.2f} h")
    for r in failed:
        keys = [k for k in r if k not in ("member", "status", "exit_code", "wall_time_s", "cpu_time_s", "reason")]
        print(f"  failed member {r['member']} (exit {r['exit_code']}): {r['reason']}")
        print("    " + ", ".join(f"{k} = {r[k]}" for k in keys))
    grid = s["grid"]
    dx, dy = grid["dx"][:], grid["dy"][:]
    cell_area = np.outer(dy, dx)
    for sp in s["statistics"]:
        g = s["statistics"][sp]
        times = g["times"][:]
        print(f"-- {sp}: limit {g.attrs['limit']} mg/L; times (yr) " + " ".join(f"{t / YEAR:g}" for t in times))
        if "first_exceedance_probability" in g:
            p = g["first_exceedance_probability"]
            print("   P(exceeded by t) at each point / receptor:")
            for q, name in enumerate(p.attrs["points"]):
                print(f"     {text(name):24s} " + "  ".join(f"{v:5.2f}" for v in p[q]))
        plan = g["exceedance_probability_plan"][:]
        for t, time in enumerate(times):
            pt = plan[t]
            ok = pt > -1e29
            areas = [cell_area[ok & (pt >= level)].sum() / 1e4 for level in (0.05, 0.5, 0.95)]
            print(f"   {time / YEAR:g} yr: area (ha) with P >= 5 / 50 / 95 %: " + " / ".join(f"{a:.1f}" for a in areas))
        sc = s["scalars"][sp]
        for figure, unit, scale in (("peak", "mg/L", 1.0), ("area_above_limit", "ha", 1e-4)):
            v = sc[figure][:] * scale
            for t, time in enumerate(times):
                col = v[:, t][~np.isnan(v[:, t])]
                if len(col):
                    q = np.percentile(col, [5, 50, 95])
                    print(f"   {figure} at {time / YEAR:g} yr ({unit}): 5/50/95 % {q[0]:.3g} / {q[1]:.3g} / {q[2]:.3g}")
        sens = s["sensitivity"][sp]
        names = [text(k) for k in sens.attrs["parameters"]]
        for figure in ("peak", "area_above_limit"):
            prcc = sens["partial"][figure][:, -1]
            order = np.argsort(-np.abs(np.nan_to_num(prcc)))
            print(f"   PRCC with {figure} at the last time: " +
                  ", ".join(f"{names[i]} {prcc[i]:+.2f}" for i in order))
        if "designs" in s and sp in s["designs"]:
            levels = s["designs/levels"][:]
            keys = [text(k) for k in s["designs"].attrs["keys"]]
            d = s["designs"][sp]["first_exceedance_probability"]
            print("   per design, P(exceeded by t):")
            for k, row in enumerate(levels):
                label = "; ".join(text(row[key]) for key in keys)
                print(f"     design {k + 1} ({label}), {int(row['members'])} members:")
                for q, name in enumerate(d.attrs["points"]):
                    print(f"       {text(name):24s} " + "  ".join(f"{v:5.2f}" for v in d[k, q]))


if __name__ == "__main__":
    main(sys.argv[1])
