#!/usr/bin/python3
"""Prints the natural-attenuation evidence of S5 that cases/guigang/README.md quotes ("Natural
attenuation (S5)"), from the result of s5_mna.toml or s5_mna_observed.toml, and draws its two
figures:

- per well, the Mann-Kendall trend of the model's NH3-N, NO2-N and NO3-N at the sampling rounds of
  data/s5_observations.csv (April and October 2025-2032; Gilbert 1987, with the decisions of the
  Mann-Kendall Toolkit as `gwplume report` makes them) and of those SYNTHETIC samples;
- the trend of the NH4 plume: dissolved and total (dissolved + sorbed) mass at the yearly outputs
  2023-2033, the centre of the dissolved mass and its speed, the area above class IV;
- when each well and the plume fall below class IV (from the series; after 2050 extrapolated
  from the decline of 2045-2050, marked as such);
- where the nitrate goes: its mass, the Yujiang's NO3-N concentration and mass rate against
  class IV (30 mg/L), and the nitrogen balance 2000-2050 from the budgets (all three species as
  N): what came in, what left through the river and the wells, what was denitrified, what is
  still in the ground, and the closure.

    /usr/bin/python3 cases/guigang/s5_evidence.py [out/guigang-s5-observed/result.h5] [FIGURE_DIR]

(the Debian python3, with h5py, numpy and matplotlib). FIGURE_DIR defaults to
cases/guigang/figures."""
import csv
import datetime
import math
import os
import sys

import h5py
import numpy as np

YEAR = 365.25
START = datetime.date(2000, 1, 1)
N_SPECIES = ["ammonia_n", "nitrite_n", "nitrate_n"]
LABEL = {"ammonia_n": "NH3-N", "nitrite_n": "NO2-N", "nitrate_n": "NO3-N"}
CLASS_IV = {"ammonia_n": 1.5, "nitrite_n": 4.8, "nitrate_n": 30.0}
WELLS = ["MW-0", "MW-1", "MW-2", "MW-2 karst", "MW-3", "MW-3 karst", "MW-4 bank", "MW-5 fringe"]
DETECTION = {"ammonia_n": 0.025, "nitrite_n": 0.003, "nitrate_n": 0.08}   # mg/L, as the CSV
ZH = {"氨氮": "ammonia_n", "亚硝酸盐氮": "nitrite_n", "硝酸盐氮": "nitrate_n"}
HERE = os.path.dirname(os.path.abspath(__file__))


def rounds():
    return [datetime.date(y, m, 15) for y in range(2025, 2033) for m in (4, 10)]


def days(day):
    return float((day - START).days)


# --- Mann-Kendall (Gilbert 1987, section 16.4) with the Toolkit's decisions ----------------------

def mann_kendall(values, censored_value=0.0):
    """S, Z, confidence, COV and the Toolkit decision of a series in time order. Values are
    numbers; a sample below detection is given as None and ties with the others below it, below
    every detected value; the COV takes it as censored_value (half the detection limit)."""
    x = np.array([v if v is not None else -1.0 for v in values], dtype=float)
    n = len(x)
    if n < 4:
        return None
    s = 0
    for i in range(n - 1):
        s += int(np.sum(np.sign(x[i + 1:] - x[i])))
    _, counts = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - np.sum(counts * (counts - 1) * (2 * counts + 5))) / 18.0
    z = 0.0 if var <= 0 or s == 0 else (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var)
    confidence = 0.5 * (1.0 + math.erf(abs(z) / math.sqrt(2.0)))
    detected = np.array([v if v is not None else censored_value for v in values], dtype=float)
    mean = detected.mean()
    cov = detected.std(ddof=1) / mean if mean > 0 else float("inf")
    if s > 0 and confidence > 0.95:
        decision = "increasing"
    elif s > 0 and confidence >= 0.90:
        decision = "probably increasing"
    elif s > 0:
        decision = "no trend"
    elif confidence < 0.90:
        decision = "no trend" if cov >= 1 else "stable"
    elif s < 0 and confidence <= 0.95:
        decision = "probably decreasing"
    else:
        decision = "decreasing"
    return s, z, confidence, cov, decision


def sen_slope(t_years, values):
    slopes = [(values[j] - values[i]) / (t_years[j] - t_years[i])
              for i in range(len(values)) for j in range(i + 1, len(values)) if t_years[j] != t_years[i]]
    return float(np.median(slopes))


# --- reading -------------------------------------------------------------------------------------

def series(f, point, species):
    s = f[f"monitoring/{point}/{species}"][:]
    return s[:, 0], s[:, 1]


def at(f, point, species, t):
    ts, cs = series(f, point, species)
    return float(np.interp(t, ts, cs))


def samples(csv_path):
    """{(well, species): [(day, value or None), ...]} from the synthetic CSV."""
    out = {}
    with open(csv_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            value = None if row["浓度"].startswith("<") else float(row["浓度"])
            key = (row["监测井"], ZH[row["指标"]])
            out.setdefault(key, []).append((datetime.date.fromisoformat(row["采样日期"]), value))
    return out


def below_class_iv(ts, cs, limit):
    """Time after which the series stays at or below the limit: (time in days, how): 'never above',
    'at' a crossing within the run, or 'extrapolated' from the log-linear decline of the last five
    years (None when it is not declining)."""
    above = cs > limit
    if not above.any():
        return None, "never above"
    if not above[-1]:
        last = np.nonzero(above)[0][-1]
        t0, t1, c0, c1 = ts[last], ts[last + 1], cs[last], cs[last + 1]
        return t0 + (c0 - limit) / (c0 - c1) * (t1 - t0), "at"
    late = ts >= ts[-1] - 5 * YEAR
    k = np.polyfit(ts[late], np.log(np.maximum(cs[late], 1e-30)), 1)[0]   # 1/d
    if k >= 0:
        return None, "not declining"
    return ts[-1] + math.log(limit / cs[-1]) / k, "extrapolated"


def year_text(t, how):
    if how in ("never above", "not declining"):
        return how
    year = START.year + t / YEAR
    return f"{year:.0f}" + (" (extrapolated)" if how == "extrapolated" else "")


# --- the evidence --------------------------------------------------------------------------------

def well_trends(f, obs):
    print("== Mann-Kendall per well, April and October 2025-2032 (16 rounds)")
    print(f"{'well':12s} {'species':6s} | {'model: S':>8s} {'conf':>6s} {'decision':20s} {'Sen mg/L/yr':>11s}"
          f" | {'synthetic samples: S':>20s} {'conf':>6s} {'decision':20s} {'<DL':>4s}")
    t = [days(d) for d in rounds()]
    ty = [x / YEAR for x in t]
    for well in WELLS:
        for sp in N_SPECIES:
            model = [at(f, well, sp, x) for x in t]
            m = mann_kendall(model)
            line = (f"{well:12s} {LABEL[sp]:6s} | {m[0]:8d} {100 * m[2]:5.1f}% {m[4]:20s} "
                    f"{sen_slope(ty, model):11.3g}")
            if obs is not None and (well, sp) in obs:
                vals = [v for _, v in sorted(obs[(well, sp)])]
                o = mann_kendall(vals, 0.5 * DETECTION[sp])
                nd = sum(v is None for v in vals)
                line += f" | {o[0]:20d} {100 * o[2]:5.1f}% {o[4]:20s} {nd:4d}"
            print(line)


def plume_trend(f):
    times = f["transport/times"][:]
    s = f["metrics/ammonia_n/summary"][:]
    diss = f["transport/ammonia_n/dissolved_mass"][:]
    sorb = f["transport/ammonia_n/sorbed_mass"][:]
    window = (times >= 23 * YEAR - 1) & (times <= 33 * YEAR + 1)
    print("\n== NH3-N plume at the outputs")
    print(f"{'year':>6s} {'dissolved t':>11s} {'total t':>9s} {'centre x m':>10s} {'centre y m':>10s}"
          f" {'area>IV ha':>10s} {'peak mg/L':>9s}")
    for i, t in enumerate(times):
        if t < 20 * YEAR - 1:
            continue
        print(f"{START.year + t / YEAR:6.0f} {diss[i] / 1e6:11.1f} {(diss[i] + sorb[i]) / 1e6:9.1f} "
              f"{s['centre_x'][i]:10.0f} {s['centre_y'][i]:10.0f} {s['area_above_limit'][i] / 1e4:10.1f} "
              f"{s['peak'][i]:9.1f}")
    for name, values in (("dissolved mass", diss), ("total mass", diss + sorb),
                         ("area above class IV", s["area_above_limit"])):
        m = mann_kendall(list(values[window]))
        print(f"Mann-Kendall 2023-2033 (11 yearly outputs), {name}: S = {m[0]}, confidence "
              f"{100 * m[2]:.1f} %, {m[4]}")
    ty = times[window] / YEAR
    vx = np.polyfit(ty, s["centre_x"][window], 1)[0]
    vy = np.polyfit(ty, s["centre_y"][window], 1)[0]
    print(f"centre of the dissolved NH3-N 2023-2033: {math.hypot(vx, vy):.1f} m/yr "
          f"({-vy:.1f} m/yr south, towards the Yujiang; {vx:+.1f} m/yr east)")
    late = times >= 33 * YEAR - 1
    vy2 = np.polyfit(times[late] / YEAR, s["centre_y"][late], 1)[0]
    print(f"centre 2033-2050: {-vy2:.1f} m/yr south")
    t_plume, how = below_class_iv(times, s["peak"], CLASS_IV["ammonia_n"])
    print(f"whole plume (peak of the aquifers) below class IV: {year_text(t_plume, how)}; "
          f"peak {s['peak'][-1]:.1f} mg/L and {s['area_above_limit'][-1] / 1e4:.1f} ha above class IV in 2050")


def wells_below(f):
    print("\n== when each well falls below class IV (NH3-N 1.5, NO2-N 4.8, NO3-N 30 mg/L)")
    for well in WELLS + ["Yujiang bank", "village well water"]:
        parts = []
        for sp in N_SPECIES:
            ts, cs = series(f, well, sp)
            t, how = below_class_iv(ts, cs, CLASS_IV[sp])
            peak = int(np.argmax(cs))
            parts.append(f"{LABEL[sp]} peak {cs[peak]:.3g} mg/L in {START.year + ts[peak] / YEAR:.0f}, "
                         f"2050 {cs[-1]:.3g}: {year_text(t, how)}")
        print(f"{well:18s} " + "; ".join(parts))


def nitrate(f):
    times = f["transport/times"][:]
    print("\n== where the nitrate goes")
    print(f"{'year':>6s} " + " ".join(f"{LABEL[sp] + ' t':>9s}" for sp in N_SPECIES)
          + f" {'NO3-N peak mg/L':>15s}")
    for i, t in enumerate(times):
        if t < 20 * YEAR - 1:
            continue
        masses = [(f[f"transport/{sp}/dissolved_mass"][i] + f[f"transport/{sp}/sorbed_mass"][i]) / 1e6
                  for sp in N_SPECIES]
        print(f"{START.year + t / YEAR:6.0f} " + " ".join(f"{m:9.2f}" for m in masses)
              + f" {f['metrics/nitrate_n/summary']['peak'][i]:15.2f}")
    tr, cr = series(f, "Yujiang bank", "nitrate_n")
    tm, mr = f["monitoring/Yujiang bank/mass_flux/nitrate_n"][:].T
    for year in (2023, 2033, 2050):
        t = (year - START.year) * YEAR
        print(f"Yujiang bank {year}: NO3-N {np.interp(t, tr, cr):.2f} mg/L, {np.interp(t, tm, mr) / 1e3:.2f} kg/d")
    k = int(np.argmax(cr))
    print(f"Yujiang bank NO3-N peak {cr[k]:.2f} mg/L in {START.year + tr[k] / YEAR:.1f} "
          f"(class IV 30 mg/L: {100 * cr[k] / 30:.0f} %); mass rate peak {mr.max() / 1e3:.2f} kg/d")
    for sp in ("ammonia_n", "nitrite_n"):
        tm2, mr2 = f[f"monitoring/Yujiang bank/mass_flux/{sp}"][:].T
        print(f"Yujiang bank {LABEL[sp]} mass rate in 2050 {mr2[-1] / 1e3:.2f} kg/d")


def nitrogen_balance(f):
    """Cumulative N (t) 2000-2050 by term, all three species as N, from the budgets."""
    tend = f["transport/times"][-1]
    terms = {}
    held = 0.0
    for sp in N_SPECIES:
        b = f[f"transport/{sp}/budget"][:]
        for r in b[b["time"] == tend]:
            terms.setdefault(r["term"].decode(), {})[sp] = (r["mass_in"] / 1e6, r["mass_out"] / 1e6)
        held += (f[f"transport/{sp}/dissolved_mass"][-1] + f[f"transport/{sp}/sorbed_mass"][-1]) / 1e6

    def net_in(prefix):
        return sum(i - o for name, v in terms.items() if name.startswith(prefix) for i, o in v.values())

    def out_of(prefix, species=N_SPECIES):
        return sum(v[sp][1] - v[sp][0] for name, v in terms.items() if name.startswith(prefix)
                   for sp in species if sp in v)

    landfill = net_in("landfill:")
    recharge = net_in("recharge:")
    river = out_of("river:")
    wells = out_of("well:")
    bores = out_of("abandoned_well:")
    heads = out_of("general_head:")
    nitrified = terms["production:ammonia_n"]["nitrite_n"][0]
    denitrified = sum(terms[f"decay:{ph}"]["nitrate_n"][1] for ph in ("dissolved", "sorbed"))
    # the chain turns NH4 into NO2 and NO2 into NO3 with yield 1: only the last member's decay
    # leaves as N (N2 gas). Check: NH4 decay = NO2 production, NO2 decay = NO3 production.
    nh4_decay = sum(terms[f"decay:{ph}"]["ammonia_n"][1] for ph in ("dissolved", "sorbed"))
    no2_decay = sum(terms[f"decay:{ph}"]["nitrite_n"][1] for ph in ("dissolved", "sorbed"))
    chain = max(abs(nh4_decay - nitrified), abs(no2_decay - terms["production:nitrite_n"]["nitrate_n"][0]))
    # water-table cells that dry or wet between flow intervals take their mass with them
    volume = sum(v[sp][1] - v[sp][0] for sp in N_SPECIES for name, v in terms.items()
                 if name in ("volume_change", "flow_imbalance") and sp in v)
    closure = landfill + recharge - river - wells - bores - heads - denitrified - volume - held
    print("\n== nitrogen balance 2000-2050 (t of N; NH3-N + NO2-N + NO3-N)")
    print(f"in:  landfill {landfill:.1f}, recharge {recharge:.1f}")
    for sp in N_SPECIES:
        lf = sum(i - o for name, v in terms.items() if name.startswith("landfill:") for s_, (i, o) in v.items() if s_ == sp)
        rc = sum(i - o for name, v in terms.items() if name.startswith("recharge:") for s_, (i, o) in v.items() if s_ == sp)
        rv = out_of("river:", [sp])
        print(f"     {LABEL[sp]}: landfill {lf:.2f}, recharge {rc:.2f}, to the Yujiang {rv:.2f}")
    print(f"out: Yujiang {river:.1f}, village well {wells:.1f}, abandoned well (net) {bores:.2g}, "
          f"north boundary {heads:.2g}, denitrified {denitrified:.1f}, with the water volume {volume:.2f}")
    print(f"still in the ground in 2050 (dissolved + sorbed): {held:.1f}")
    print(f"nitrified (NH4 -> NO2) {nitrified:.1f}; chain lines agree to {chain:.2g} t")
    print(f"closure: in - out - held = {closure:.3g} t ({100 * closure / (landfill + recharge):.2g} % of what came in)")


def figures(f, obs, folder):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    os.makedirs(folder, exist_ok=True)

    # 1: NH3-N and NO3-N at the wells, model and synthetic samples
    fig, axes = plt.subplots(1, 2, figsize=(10, 4), dpi=90, sharex=True)
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for ax, sp in zip(axes, ("ammonia_n", "nitrate_n")):
        for i, well in enumerate(["MW-1", "MW-2", "MW-3", "MW-4 bank", "MW-5 fringe", "MW-3 karst"]):
            ts, cs = series(f, well, sp)
            keep = ts >= 20 * YEAR
            c = colours[i % len(colours)]
            ax.plot(START.year + ts[keep] / YEAR, np.maximum(cs[keep], 1e-3), color=c, lw=1.2, label=well)
            for day, v in obs.get((well, sp), []) if obs else []:
                x = day.year + (day.timetuple().tm_yday - 1) / 365.25
                if v is None:
                    ax.plot(x, DETECTION[sp], "v", mfc="none", color=c, ms=4)
                else:
                    ax.plot(x, v, "o", color=c, ms=3)
        ax.axhline(CLASS_IV[sp], color="k", ls="--", lw=0.8)
        ax.text(2021, CLASS_IV[sp] * 1.15, "class IV", fontsize=8)
        ax.axvspan(2023, 2033, color="0.92", zorder=0)
        ax.set_yscale("log")
        ax.set_ylim(1e-2 if sp == "nitrate_n" else 1e-2, 400)
        ax.set_title(f"{LABEL[sp]} (mg/L): model, synthetic samples (dots)", fontsize=9)
        ax.set_xlabel("year (grey: S5 decision period 2023-2033)", fontsize=8)
        ax.tick_params(labelsize=8)
    axes[0].legend(fontsize=7, ncol=2, loc="lower left")
    fig.tight_layout()
    fig.savefig(os.path.join(folder, "s5_wells.png"))
    plt.close(fig)

    # 2: where the nitrogen is, 2000-2050
    tend = f["transport/times"][-1]
    fig, ax = plt.subplots(figsize=(7, 4), dpi=90)
    times = f["transport/times"][:]
    years = START.year + times / YEAR
    nh4 = (f["transport/ammonia_n/dissolved_mass"][:] + f["transport/ammonia_n/sorbed_mass"][:]) / 1e6
    no3 = f["transport/nitrate_n/dissolved_mass"][:] / 1e6

    def cumulative(sp, term, column):
        b = f[f"transport/{sp}/budget"][:]
        rows = b[np.array([t.decode() == term for t in b["term"]])]
        return np.interp(times, rows["time"], rows[column]) / 1e6

    river = sum(cumulative(sp, "river:Yujiang", "mass_out") for sp in N_SPECIES)
    denit = cumulative("nitrate_n", "decay:dissolved", "mass_out")
    wells = sum(cumulative(sp, "well:village well", "mass_out") for sp in N_SPECIES)
    nitrified = cumulative("nitrite_n", "production:ammonia_n", "mass_in")
    ax.plot(years, nh4, "-o", ms=3, label="NH3-N in the ground (dissolved + sorbed)")
    ax.plot(years, no3, "-o", ms=3, label="NO3-N in the ground")
    ax.plot(years, river, "-o", ms=3, label="N to the Yujiang, cumulative")
    ax.plot(years, nitrified, "-o", ms=3, label="NH3-N nitrified, cumulative")
    ax.plot(years, denit, "-o", ms=3, label="N denitrified, cumulative")
    ax.plot(years, wells, "-o", ms=3, label="N pumped by the village well, cumulative")
    ax.axvspan(2023, 2033, color="0.92", zorder=0)
    ax.set_xlabel("year", fontsize=8)
    ax.set_ylabel("t of N", fontsize=8)
    ax.set_title(f"S5: nitrogen 2000-{START.year + tend / YEAR:.0f}", fontsize=9)
    ax.tick_params(labelsize=8)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(os.path.join(folder, "s5_nitrogen.png"))
    plt.close(fig)
    print(f"\nfigures: {folder}/s5_wells.png, {folder}/s5_nitrogen.png")


def main(path="out/guigang-s5-observed/result.h5", folder=os.path.join(HERE, "figures")):
    csv_path = os.path.join(HERE, "data", "s5_observations.csv")
    obs = samples(csv_path) if os.path.exists(csv_path) else None
    with h5py.File(path, "r") as f:
        well_trends(f, obs)
        plume_trend(f)
        wells_below(f)
        nitrate(f)
        nitrogen_balance(f)
        figures(f, obs, folder)


if __name__ == "__main__":
    main(*sys.argv[1:])
