#!/usr/bin/python3
"""Prints, for results of the Guigang cases, the figures cases/guigang/README.md compares with
the expectations of docs/guigang-site.md: per species the peak, the area above the limit and the
farthest distance from each source at every output time, the receptors' first exceedance and
peak, the mass fluxes of the sources, rivers, springs and wells, and the abandoned wells' flows.

    /usr/bin/python3 cases/guigang/summarize.py out/guigang-l1-baseline/result.h5 [SPECIES ...]
(the Debian python3, which has h5py)."""
import sys

import h5py
import numpy as np

YEAR = 365.25


def years(t):
    return "never" if np.isnan(t) else f"{t / YEAR:.1f} yr"


def main(path, species):
    f = h5py.File(path, "r")
    print(f"== {f.attrs['case_name']}  ({path})")
    times = f["transport/times"][:]
    print("output times (yr):", " ".join(f"{t / YEAR:g}" for t in times))
    for name in f["wells"] if "wells" in f else []:
        flow = f[f"wells/{name}/flow"][:]
        print(f"well {name}: flow (m3/d) first {flow[0, 1]:.4g}, last {flow[-1, 1]:.4g}, range "
              f"{flow[:, 1].min():.4g} .. {flow[:, 1].max():.4g}")
    for sp in species or list(f["metrics"]):
        group = f[f"metrics/{sp}"]
        s = group["summary"][:]
        print(f"-- {sp}: limit {f[f'transport/{sp}'].attrs.get('limit', float('nan')):g} mg/L")
        print("   peak (mg/L):      ", " ".join(f"{v:.4g}" for v in s["peak"]))
        print("   area > limit (ha):", " ".join(f"{v / 1e4:.3g}" for v in s["area_above_limit"]))
        print("   dissolved (kg):   ", " ".join(f"{v / 1e3:.4g}" for v in s["dissolved_mass"]))
        field = f[f"transport/{sp}/concentration"]
        last = field[-1]
        active = last != field.attrs.get("inactive_value", np.nan)
        print(f"   smallest concentration at the end (mg/L): {last[active].min():.3g}")
        d = group["distance"][:]
        for source in sorted({r["source"].decode() for r in d}):
            rows = [r["distance"] for r in d if r["source"].decode() == source]
            print(f"   distance above limit from {source} (m):", " ".join(f"{v:.0f}" for v in rows))
        for r in group["receptors"][:] if "receptors" in group else []:
            print(f"   receptor {r['receptor'].decode()} ({r['kind'].decode()}): first exceedance "
                  f"{years(r['first_exceedance'])}, peak {r['peak']:.4g} mg/L at {years(r['peak_time'])}"
                  + ("" if np.isnan(r["peak_mass_flux"]) else f", peak mass flux {r['peak_mass_flux'] / 1e3:.4g} kg/d"))
        fe = group["first_exceedance"][:] if "first_exceedance" in group else []
        print("   first exceedance:", ", ".join(f"{r['point'].decode()} {years(r['time'])}" for r in fe))
        for r in group["mass_flux"][:]:
            kind = r["kind"].decode()
            if kind in ("landfill", "river", "drain", "well", "connection") and (r["rate_in"] > 0 or r["rate_out"] > 0):
                print(f"   t {r['time'] / YEAR:5.1f} yr {r['term'].decode():40s} in {r['rate_in'] / 1e3:10.4g} "
                      f"out {r['rate_out'] / 1e3:10.4g} kg/d")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
