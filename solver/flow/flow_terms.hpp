// The terms on cells (boundaries, recharge, wells, ...) as the flow equations see them: for
// each cell the list of term entries that act on it, and the flow of one entry at a head.
// Fixed heads are not evaluated here: their cells are no unknowns, and their flow is whatever
// holds the head (see the flow system).
#pragma once
#include <cstdint>
#include <vector>

#include "solver/flow/conductance.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::solver {

// One entry of a term: term `term`, its `index`-th cell.
struct TermEntry {
  int term = 0;
  std::int64_t index = 0;
};

// Term entries by cell (CSR): entries[start[c] .. start[c+1]) act on cell c.
struct TermsByCell {
  std::vector<std::int64_t> start;
  std::vector<TermEntry> entries;
};

// Builds the index; throws std::invalid_argument when a term names a cell outside the grid or
// an inactive one, or when its per-cell vectors do not match its cells.
TermsByCell index_terms(const std::vector<FlowTerm>& terms, const Grid& grid);

// The value of a term's schedules at the time being solved.
struct TermForcing {
  double level = 0.0;  // m
  double rate = 0.0;   // m/d (recharge, landfill) or m3/d (flux per cell, well total)
};

// What the well law needs to know about the cell: extraction from a convertible cell is reduced
// as the head nears the cell bottom.
struct WellCell {
  bool convertible = false;
  double top = 0.0, bottom = 0.0;     // m
  double reduction_fraction = 0.1;    // - of the cell thickness, see well_rate_factor
};

// Flow into the aquifer of entry `index` of `term` at head `head` (m), with its derivative.
// Not for fixed heads.
HeadDependentFlow term_flow(const FlowTerm& term, std::int64_t index, const TermForcing& forcing,
                            double head, const WellCell& cell);

}  // namespace gwp::solver
