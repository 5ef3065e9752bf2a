#!/usr/bin/env bash
# gwplume sweep --plan: the example sweep's members as CSV, each checked as a case; a bad sweep
# file and members the case refuses exit 2 with every problem located.
source "$(dirname "$0")/common.sh"

expect_exit 0 "plan of the example sweep" -- "$GWPLUME" sweep "$SOURCE/cases/examples/quickstart_sweep.toml" --plan
expect_output "^member,properties.kh,transport.dispersivity.longitudinal,species.ammonia_n.sorption.kd,landfills.landfill.leakage$" "header of keys"
expect_output "20 members \(latin_hypercube, seed 42\)" "summary"
lines=$(echo "$OUT" | grep -cE '^[0-9]+,')
[ "$lines" -eq 20 ] || fail "20 member rows expected, found $lines"
# The leakage schedule scaled value by value, its times kept.
expect_output '"\[\[""0 d"", ""[0-9.]+ mm/yr""\], \[""20 yr"", ""[0-9.]+ mm/yr""\]\]"' "scaled schedule"
# The same file gives the same members.
first="$OUT"
expect_exit 0 "plan again" -- "$GWPLUME" sweep "$SOURCE/cases/examples/quickstart_sweep.toml" --plan
[ "$first" = "$OUT" ] || fail "a second plan differs from the first"

# A member of the plan runs as the plan says: check the case with member 3's overrides.
row=$(echo "$first" | grep '^3,')
kh=$(echo "$row" | cut -d, -f2 | tr -d '"')
expect_exit 0 "member 3's Kh accepted by check" -- "$GWPLUME" check "$SOURCE/cases/examples/quickstart.toml" --set "properties.kh=$kh"

# Every problem of a bad sweep file, located.
cat > "$SCRATCH/bad.toml" <<TOML
[sweep]
name = "bad"
base = "$SOURCE/cases/examples/quickstart.toml"
method = "latin_hypercube"
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "lognormal", median = "30 m/d", sigma = 0.3 }
TOML
expect_exit 2 "bad sweep file" -- "$GWPLUME" sweep "$SCRATCH/bad.toml" --plan
expect_output "bad.toml:[0-9]+:[0-9]+: sweep.members: missing key" "missing members located"
expect_output "sigma_log10" "missing sigma_log10 named"
expect_output "sweep.parameter\[0\].distribution.sigma: unknown key" "unknown key named"

# Members the case refuses: named with their value, before anything runs.
cat > "$SCRATCH/negative.toml" <<TOML
[sweep]
name = "negative"
base = "$SOURCE/cases/examples/quickstart.toml"
method = "monte_carlo"
members = 30
[[sweep.parameter]]
key = "properties.kh"
distribution = { type = "normal", mean = "1 m/d", sd = "5 m/d" }
TOML
expect_exit 2 "members with negative Kh" -- "$GWPLUME" sweep "$SCRATCH/negative.toml" --plan
expect_output "negative.toml:6:1: sweep.parameter\[0\]: member [0-9]+, properties.kh = -[0-9.]+ m/d: out of range" "member named"

expect_exit 2 "without --plan" -- "$GWPLUME" sweep "$SOURCE/cases/examples/quickstart_sweep.toml"
expect_output "--plan is required" "says what is needed"
expect_exit 3 "no such sweep file" -- "$GWPLUME" sweep "$SCRATCH/nowhere.toml" --plan
finish
