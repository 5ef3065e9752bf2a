#!/usr/bin/env bash
# The rooms of the source tree include only headers of rooms below them (README.md, Layout), and
# the check says where when one does not.
source "$(dirname "$0")/common.sh"
expect_exit 0 "the source tree keeps its layout" -- /usr/bin/python3 "$SOURCE/scripts/check-layout" "$SOURCE"
expect_output "10 rooms, every include points down" "every room checked"

# A copy of the rooms with two includes against the arrows: the solver reaching up into the
# result file, and the grid into the solver.
for room in core solver models results postprocess sweep app; do cp -r "$SOURCE/$room" "$SCRATCH/"; done
sed -i '1a #include "results/result_writer.hpp"' "$SCRATCH/solver/flow/budget.cpp"
sed -i '1a #include "solver/flow/budget.hpp"' "$SCRATCH/core/grid.cpp"
expect_exit 1 "includes against the arrows are refused" -- /usr/bin/python3 "$SOURCE/scripts/check-layout" "$SCRATCH"
expect_output "solver/flow/budget.cpp:2: solver/ may not include results/result_writer.hpp" "names file, line and header"
expect_output "core/grid.cpp:2: core/ may not include solver/flow/budget.hpp" "names the grid's include"
expect_output "2 include\(s\) against the layout" "counts them"
finish
