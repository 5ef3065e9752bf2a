#!/usr/bin/python3
"""Writes cases/guigang/data/s5_observations.csv: a SYNTHETIC monitoring record for S5, made from
the model, not measured in the field. It samples NH3-N, NO2-N and NO3-N at the S5 monitoring wells
twice a year (15 April and 15 October, wet and dry season) from 2025 to 2032, the eight years of
monitoring inside S5's decision period 2023-2033, and makes each sample look like a laboratory
result:

- the model's concentration at the well, linearly interpolated in time between transport steps
  (as gwplume does for /observations);
- times a multiplicative lognormal error exp(sigma z), z standard normal, sigma = 0.2 (about 20 %
  scatter; the median of a sample is the model's value) [A], from a fixed seed, so the file is the
  same at every run of the same result;
- rounded to three significant figures;
- below the method detection limit written as "<DL" [A]: NH3-N 0.025 mg/L (HJ 535-2009, Nessler's
  reagent), NO2-N 0.003 mg/L (GB 7493-87, spectrophotometry), NO3-N 0.08 mg/L (HJ/T 346-2007,
  ultraviolet spectrophotometry).

The columns are those of a county monitoring station's spreadsheet export, in Chinese (监测井,
采样日期, 指标, 浓度, 单位, 检测方法, 备注); s5_mna_observed.toml maps them (docs/case-format.md
3.19). Every row says in 备注 that it is synthetic.

    /usr/bin/python3 cases/guigang/make_s5_observations.py [out/guigang-s5/result.h5] [CSV]

(the Debian python3, which has h5py and numpy; run from the repository root after
`gwplume run cases/guigang/s5_mna.toml`)."""
import csv
import datetime
import sys

import h5py
import numpy as np

START = datetime.date(2000, 1, 1)        # t = 0 of L1 and its scenarios
SEED = 20230713                          # the day the 2023 plan was published
SIGMA = 0.2                              # lognormal sigma of the multiplicative error [A]
WELLS = ["MW-0", "MW-1", "MW-2", "MW-2 karst", "MW-3", "MW-3 karst", "MW-4 bank", "MW-5 fringe"]
# species in the result, its name in the station's export, detection limit (mg/L), method
SPECIES = [
    ("ammonia_n", "氨氮", 0.025, "HJ 535-2009 纳氏试剂分光光度法"),
    ("nitrite_n", "亚硝酸盐氮", 0.003, "GB 7493-87 分光光度法"),
    ("nitrate_n", "硝酸盐氮", 0.08, "HJ/T 346-2007 紫外分光光度法"),
]
NOTE = "合成数据（模型加随机误差），非实测"   # synthetic (model plus random error), not measured
HEADER = ["监测井", "采样日期", "指标", "浓度", "单位", "检测方法", "备注"]


def sampling_dates():
    return [datetime.date(year, month, 15) for year in range(2025, 2033) for month in (4, 10)]


def model_time(day):
    """Days since t = 0."""
    return float((day - START).days)


def three_figures(value):
    return float(f"{value:.3g}")


def lab_value(value, detection_limit):
    """The text a laboratory reports: the value to three figures, or '<DL' below the limit."""
    if value < detection_limit:
        return f"<{detection_limit:g}"
    return f"{three_figures(value):g}"


def rows(result):
    rng = np.random.default_rng(SEED)
    out = []
    for day in sampling_dates():
        t = model_time(day)
        for well in WELLS:
            for species, name_zh, limit, method in SPECIES:
                series = result[f"monitoring/{well}/{species}"][:]
                if not series[0, 0] <= t <= series[-1, 0]:
                    raise SystemExit(f"{well} {species}: {day} is outside the run")
                model = float(np.interp(t, series[:, 0], series[:, 1]))
                sample = max(model, 0.0) * float(np.exp(SIGMA * rng.standard_normal()))
                out.append([well, day.isoformat(), name_zh, lab_value(sample, limit), "mg/L", method, NOTE])
    return out


def main(path="out/guigang-s5/result.h5", csv_path="cases/guigang/data/s5_observations.csv"):
    with h5py.File(path, "r") as result:
        table = rows(result)
    with open(csv_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(table)
    below = sum(1 for r in table if r[3].startswith("<"))
    print(f"{csv_path}: {len(table)} samples at {len(WELLS)} wells, {len(sampling_dates())} rounds "
          f"({sampling_dates()[0]} to {sampling_dates()[-1]}), {below} below detection")


if __name__ == "__main__":
    main(*sys.argv[1:])
