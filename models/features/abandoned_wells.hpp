// Abandoned wells ([[abandoned_wells]]): an old bore that joins the aquifers it passes through.
// It becomes extra connections between the cells of its column over its open interval. Each
// cell meets the bore through its Thiem resistance; along the bore, segments of open pipe, fill
// or plug join the cells in series. The bore stores no water, so the bore nodes are eliminated
// exactly, leaving one conductance for every pair of open cells (solver/flow/bore.hpp). The same
// connections carry water in flow and mass in transport.
//
// A bore that is `pumped` before sealing is open from the pumping's start, and a pump at the top
// of its open interval draws the rate from it until the end (a well term whose cells supply the
// shares the bore's hydraulics give them, as for a multi-node well, except cells of convertible
// layers that are dry at the start); from the end it is plugged.
// The pumped water and the mass it carries are budget lines of their own (the well term).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"
#include "models/features/water_quality.hpp"
#include "models/property_fields.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::model {

struct AbandonedWellBore {
  std::string name;
  std::vector<std::int64_t> cells;                     // open cells, top down
  std::vector<double> aquifer_conductance;             // m2/d, Thiem, per cell
  std::vector<double> state_times;                     // d, state s holds from state_times[s]
  std::vector<std::vector<double>> segment_conductance;// m2/d, [state][segment between cells s, s+1]
  const std::vector<double>& segments_at(double t) const;
  solver::Schedule extraction = solver::Schedule::constant(0.0);       // m3/d pumped out of the bore (> 0 while pumped)
  std::optional<std::size_t> pump_term;                // index in FlowProblem::terms while it can be pumped
};

struct BoreReport {
  double flow = 0.0;                  // m3/d down the bore (negative: up), largest segment flow
  std::vector<double> segment_flow;   // m3/d per segment, downward positive
  std::vector<double> cell_exchange;  // m3/d per open cell, from the bore into the aquifer (> 0 into it)
};

// Adds one ConnectionGroup per abandoned well to `problem`, and a well term (with no solute in
// `quality`) per pumped one, and returns the bores (for outputs). A well open in a single cell
// joins nothing; it is left out with a warning (and not pumped).
std::vector<AbandonedWellBore> add_abandoned_wells(const Case& c, const BuiltGrid& g, const CellFields& f,
                                                   solver::FlowProblem& problem, std::vector<WaterQuality>& quality,
                                                   Diagnostics& d, std::vector<std::string>& warnings);

// Flows in the bore for the given cell heads (m) at time t (d), with the pumped rate at t.
BoreReport report(const AbandonedWellBore& bore, const std::vector<double>& head, double t);

}  // namespace gwp::model
