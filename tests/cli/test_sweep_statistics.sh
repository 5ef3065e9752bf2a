#!/usr/bin/env bash
# The probability a sweep collects, against one known independently: MT3DMS problem 1 (the T1
# column) with a lognormal hydraulic conductivity. With the heads held at both ends the velocity
# is proportional to K, and at a given place and time the Ogata-Banks concentration rises with
# the velocity, so C(x, t) > c* exactly when v > v*, where v* solves C(x, t; v*) = c*: the
# probability is 1 - Phi((log10 v* - log10 v_median) / sigma_log10). 400 Latin-hypercube members;
# the collected probability must lie within 3 binomial standard deviations (0.075 at p = 0.5).
source "$(dirname "$0")/common.sh"

cat > "$SCRATCH/column.toml" <<TOML
extends = "$SOURCE/cases/verification/t1_column_1d.toml"
[[species]]
name = "conservative"
limit = "0.5 mg/L"
[time]
outputs = ["1000 d"]
end = "1000 d"
TOML
cat > "$SCRATCH/sweep.toml" <<TOML
[sweep]
name = "column"
base = "column.toml"
method = "latin_hypercube"
members = 400
seed = 2024
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "1 m/d", sigma_log10 = 0.15 }
[sweep.collect]
species = ["conservative"]
TOML
expect_exit 0 "400 members of the T1 column" -- "$GWPLUME" sweep "$SCRATCH/sweep.toml" -o "$SCRATCH/out" --jobs 2
expect_output "400 of 400 members complete" "every member complete"
expect_exit 0 "probabilities against the closed form" -- /usr/bin/python3 - "$SCRATCH/out/sweep.h5" <<'PY'
import math, sys
import h5py
f = h5py.File(sys.argv[1], "r")
p = f["statistics/conservative/exceedance_probability"][0, 0, 0, :]   # the one row of cells
members = f["statistics/conservative"].attrs["members"]
alpha, t, theta, c_star = 10.0, 1000.0, 0.25, 0.5
v_median = 1.0 * 60.0 / 1000.0 / theta                                 # K (h1 - h2) / L / theta
def ogata_banks(x, v):
    d = alpha * v
    s = 2.0 * math.sqrt(d * t)
    return 0.5 * (math.erfc((x - v * t) / s) + math.exp(min(v * x / d, 700.0)) * math.erfc((x + v * t) / s))
worst = 0.0
for cell in (18, 22, 24, 26, 30):          # x = 180 ... 300 m from the held cell's centre
    x = 10.0 * cell
    lo, hi = 1e-4, 10.0                      # v* by bisection: C rises with v
    for _ in range(200):
        mid = math.sqrt(lo * hi)
        if ogata_banks(x, mid) > c_star: hi = mid
        else: lo = mid
    z = (math.log10(hi) - math.log10(v_median)) / 0.15
    want = 0.5 * math.erfc(z / math.sqrt(2.0))
    sd = math.sqrt(max(want * (1.0 - want), 1e-4) / members)
    print(f"x = {x:5.0f} m: collected {p[cell]:.4f}, closed form {want:.4f}, 3 sd = {3 * sd:.4f}")
    worst = max(worst, abs(p[cell] - want) / sd)
print("largest difference:", round(worst, 2), "standard deviations")
assert worst < 3.0, worst
PY
echo "$OUT"
# And every other figure of sweep.h5, recomputed with numpy from the 400 members' results.
expect_exit 0 "sweep.h5 against the members' results" -- /usr/bin/python3 "$SOURCE/tests/cli/check_sweep_statistics.py" "$SCRATCH/out"
echo "$OUT"
finish
