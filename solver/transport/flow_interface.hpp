// What transport takes from a flow solution (the FMI package of MODFLOW 6 GWT): water flows
// across every link, through every term, into and out of storage, and the saturated volume of
// every cell, all for one flow interval whose end the solution describes.
//
// Water volumes follow the flow model's storage (MF6 GWT MST): the saturated volume V (m3) of a
// cell is its plan area times its saturated thickness at the end of the interval (the full
// thickness in a confined layer, h - bottom clipped to the cell in a convertible one), and
// before that it is V(t) = V_end + (q_s / theta) (t_end - t), with q_s the water the flow model
// released from storage (m3/d). So theta dV/dt equals the flow model's net water inflow and a
// uniform concentration stays uniform, whatever the specific yield and storage are.
//
// The flow solution balances every cell only to its convergence tolerance. What remains,
//   r = sum of link inflows + sum of term flows + q_s   (m3/d),
// is taken out at the cell concentration (MF6 FMI's flow-error correction, flow_imbalance.hpp),
// a term of its own in the mass budget, so that it cannot create or destroy mass unseen.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/grid/connections.hpp"

namespace gwp::solver {

struct TransportFlow {
  double time = 0.0;                      // d, end of the interval
  std::vector<double> link_flow;          // m3/d per link (grid, then extra), from n to m
  std::vector<double> volume;             // m3, saturated volume of each cell at `time`
  std::vector<double> volume_release;     // m3/d of saturated volume given up: q_s / theta
  std::vector<double> imbalance;          // m3/d, r above
  std::vector<double> term_outflow;       // m3/d leaving each cell through terms (>= 0)
  std::vector<double> water_inflow;       // m3/d entering each cell through links and terms
  std::vector<double> water_outflow;      // m3/d leaving each cell through links and terms
  std::vector<std::uint8_t> no_water;     // 1 where the cell is dry (holds no water)
  // Read by the dispersion coefficients of the interval only, and freed once they are set
  // (release_dispersion_inputs): 32 bytes a cell.
  std::vector<double> saturated_thickness;  // m
  std::vector<double> darcy_flux;         // m/d, 3 per cell: x east, y north, z up (grid axes)
  std::vector<std::vector<double>> term_flow;  // m3/d per term and entry, into the aquifer
  std::vector<std::vector<std::int64_t>> term_cells;  // the cell of each entry (FlowSolution::term_cells)

  void release_dispersion_inputs() {
    std::vector<double>().swap(saturated_thickness);
    std::vector<double>().swap(darcy_flux);
  }

  // Saturated volume (m3) of `cell` at time t within the interval; never negative.
  double volume_at(std::int64_t cell, double t) const {
    const double v = volume[std::size_t(cell)] + volume_release[std::size_t(cell)] * (time - t);
    return v > 0.0 ? v : 0.0;
  }
};

// Fills `out` (reusing its storage) from `solution`. Throws std::invalid_argument when the
// solution does not fit the problem and its links.
void read_flow(const FlowProblem& problem, const Connections& links,
               const std::vector<double>& porosity, const FlowSolution& solution,
               TransportFlow& out);

}  // namespace gwp::solver
