#!/usr/bin/env bash
# Reaction chains shown together: `gwplume report` on a tiny landfill whose ammonia nitrifies
# (tests/data/cases/chain_plume.toml, NH₄-N -> NO₂⁻-N -> NO₃⁻-N as N, nitrate slowly
# denitrified). Checked with h5py and numpy against the members' own tables: the report's
# nitrogen balance (sources in, out through boundaries and wells, out by the last member's decay,
# change in the model from the storage lines) closes to the budget tolerance (1e-3 %), its change
# is the mass the model holds less the initial nitrate, and the report (English and Chinese)
# states those numbers. A group that branches is shown path by path (a total only with yields 1);
# a group that merges says why it has no total.
source "$(dirname "$0")/common.sh"
case_file="$SOURCE/tests/data/cases/chain_plume.toml"

expect_exit 0 "run the chain case" -- "$GWPLUME" run "$case_file" -o "$SCRATCH/base" --quiet --threads 1
expect_exit 0 "report" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/report"
expect_output "pictures drawn" "the report is written"
expect_exit 0 "report in Chinese" -- "$GWPLUME" report "$SCRATCH/base/result.h5" -o "$SCRATCH/report_zh" --lang zh
grep -q "^### 反应链 氨氮 → 亚硝酸盐氮 → 硝酸盐氮" "$SCRATCH/report_zh/report.md" || fail "no Chinese chain heading"
grep -q "反应链总量自起始时刻" "$SCRATCH/report_zh/report.md" || fail "no Chinese chain balance"
for point in MW-near MW-far stream_reach supply_well; do
  [ -s "$SCRATCH/report/chain_ammonia_n_nitrite_n_nitrate_n_at_$point.png" ] || fail "no chain chart at $point"
done
expect_exit 0 "chain balance against the result tables" -- /usr/bin/python3 - "$SCRATCH" <<'PY'
import csv, os, re, sys
import h5py, numpy as np

root = sys.argv[1]
chain = ["ammonia_n", "nitrite_n", "nitrate_n"]
STORAGE = ("storage:dissolved", "storage:sorbed")

def text(x):
    return x.decode() if isinstance(x, bytes) else x

def budget(f, sp):
    rows = f[f"transport/{sp}/budget"][:]
    last = rows["time"] == rows["time"].max()
    return [(text(r["term"]), float(r["mass_in"]), float(r["mass_out"])) for r in rows[last]], float(rows["time"].max())

# The nitrogen balance from the budget tables: flow terms (everything but storage and reactions),
# the last member's own decay, and the change in the model from the storage lines.
f = h5py.File(os.path.join(root, "base/result.h5"), "r")
flow_in = flow_out = change = produced = decayed = 0.0
for sp in chain:
    lines, end = budget(f, sp)
    for term, i, o in lines:
        if term in STORAGE: change += o - i
        elif term.startswith("production:"): produced += i
        elif term.startswith("decay:") or term == "zero_order": decayed += o - i
        else: flow_in += i; flow_out += o
last_decay = sum(o - i for term, i, o in budget(f, "nitrate_n")[0] if term.startswith("decay:"))
# Each parent's decay is its daughter's production (yields 1): what leaves is nitrate's decay.
assert abs((decayed - produced) - last_decay) <= 1e-9 * decayed, (decayed, produced, last_decay)
gap = flow_in - flow_out - last_decay - change
mean = 0.5 * (flow_in + flow_out + last_decay + abs(change))
print(f"N in {flow_in:.6g} g, out {flow_out:.6g} g, denitrified {last_decay:.6g} g, change {change:.6g} g; "
      f"discrepancy {100 * gap / mean:.3g} %")
assert abs(100 * gap / mean) < 1e-3, gap
# The change the storage lines give is what the model holds (dissolved and sorbed mass, not from
# the budget) less the initial 2 mg/L of nitrate in the pore water (cell volumes times porosity).
held = sum(f[f"transport/{sp}/dissolved_mass"][-1] + f[f"transport/{sp}/sorbed_mass"][-1] for sp in chain)
bottom = f["grid/bottom"][:]
top = np.concatenate([f["grid/top"][:][None], bottom[:-1]])
area = np.outer(f["grid/dy"][:], f["grid/dx"][:])
initial = 2.0 * float((area[None] * (top - bottom) * f["properties/porosity"][:] * f["grid/active"][:]).sum())
assert abs(held - initial - change) <= 1e-6 * held, (held, initial, change)

# The report's balance states the same numbers (6 significant digits).
md = open(os.path.join(root, "report/report.md"), encoding="utf-8").read()
assert "### Reaction chain ammonia_n → nitrite_n → nitrate_n" in md
m = re.search(r"Balance of the chain total from the start to [^:]*: (\S+) g in through sources and boundaries "
              r"− (\S+) g out through boundaries and wells − (\S+) g by decay leaving the chain = (\S+) g; "
              r"the model holds (\S+) g more than at the start; discrepancy (\S+) %", md)
assert m, "no balance sentence"
shown = [float(x) for x in m.groups()]
for got, want in zip(shown[:5], [flow_in, flow_out, last_decay, flow_in - flow_out - last_decay, change]):
    assert abs(got - want) <= 5e-6 * max(abs(want), 1.0) + 0.5, (got, want)
assert abs(shown[5]) < 1e-3, shown[5]
PY
echo "$OUT"

# A group that branches: nitrite also gives half its decayed mass to N2. Each path from ammonia is
# a chain of its own; the one whose yields are all 1 has a total, and since a parent's decay does
# not depend on its daughters, that path's balance is the unbranched case's.
cat > "$SCRATCH/branching.toml" <<TOML
extends = "$case_file"
[[species]]
name = "n2_n"
parent = { species = "nitrite_n", yield = 0.5 }
TOML
expect_exit 0 "run the branching group" -- "$GWPLUME" run "$SCRATCH/branching.toml" -o "$SCRATCH/paths" --quiet --threads 1
expect_exit 0 "report it" -- "$GWPLUME" report "$SCRATCH/paths/result.h5" -o "$SCRATCH/paths_report"
grep -q "^### Reaction chain ammonia_n → nitrite_n → n2_n" "$SCRATCH/paths_report/report.md" || fail "no path to n2_n"
grep -q "a yield along it is not 1, so it has no chain total" "$SCRATCH/paths_report/report.md" ||
  fail "the path with yield 0.5 has a total"
balance() { grep "^Balance of the chain total" "$1" | sed 's/discrepancy.*//'; }
[ "$(balance "$SCRATCH/paths_report/report.md")" = "$(balance "$SCRATCH/report/report.md")" ] ||
  fail "the path's balance differs from the unbranched chain's"
[ "$(balance "$SCRATCH/paths_report/report.md" | wc -l)" -eq 1 ] || fail "expected one path with a total"

# A chain that branches and merges (ammonia feeds nitrite and a gas; the gas has two parents).
expect_exit 0 "run the branching chain" -- "$GWPLUME" run "$SOURCE/tests/data/cases/chain.toml" -o "$SCRATCH/branch" --quiet
expect_exit 0 "report it" -- "$GWPLUME" report "$SCRATCH/branch/result.h5" -o "$SCRATCH/branch_report"
# Parents first; members ready together in the result's (name) order.
grep -q "^### Reaction chain ammonia_n → nitrite_n → gas_n → nitrate_n" "$SCRATCH/branch_report/report.md" ||
  fail "the branching chain is not shown in chain order"
grep -q "so it has no chain total" "$SCRATCH/branch_report/report.md" || fail "no reason for the missing total"
grep -q "Balance of the chain total" "$SCRATCH/branch_report/report.md" && fail "a branching chain got a balance"
finish
