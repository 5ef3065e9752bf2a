// What passes each control plane (a [[receptors]] entry with `line`) in every transport step:
// the water through its faces, the mass each species carries across them each way, and the net
// mass since the start. The faces' mass rates are the transport's own (TransportSolver::
// link_mass_flux: advection and dispersion as the step moved them, corrections included), so the
// cumulative net mass through a line is what the cells beyond it gained, to round-off.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "models/model.hpp"
#include "results/observer.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/grid/connections.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::app {

struct LineDischarge {
  double water = 0.0;          // m3/d through the line, forward positive
  double forward = 0.0;        // g/d through the faces where mass passes forward (>= 0)
  double back = 0.0;           // g/d through the faces where it passes back (>= 0)
  double net = 0.0;            // g/d, forward - back
  double concentration = 0.0;  // mg/L, net / water; 0 when no water passes
};

// The columns of /monitoring/<line>/line_flux/<species> after its time: water (m3/d),
// rate_forward, rate_back, net (g/d), cumulative_net (g).
std::vector<results::SeriesColumn> line_flux_columns();

// The discharge through `plane` from the water (m3/d) and mass rates (g/d) of its faces, both from
// the face's cell n to its cell m, in the plane's order. Forward is the plane's direction; a face
// counts in full or by half as its direction says.
LineDischarge line_discharge(const model::ControlPlane& plane, const std::vector<double>& face_water,
                             const std::vector<double>& face_mass);

// The grid links of the plane's faces (each face's cells are a link's n and m). Throws
// std::logic_error for a face that is no grid link: the model and the links disagree.
std::vector<std::int64_t> face_links(const model::ControlPlane& plane, const solver::Connections& links);

class ControlPlaneFlux {
 public:
  // Has the transport follow the faces of every control plane of the model; before its first step.
  ControlPlaneFlux(const model::Model& m, const solver::Connections& links, solver::TransportSolver& transport);
  // After every transport step, ending at t (d), with the flow that carried it.
  void on_step(const solver::TransportSolver& transport, const solver::FlowSolution& water, double t);
  // Over the last step, for the plane (index in Model::control_planes) and species.
  const LineDischarge& discharge(std::size_t plane, std::size_t species) const { return last_[plane][species]; }
  // Net mass (g) through the plane since the start.
  double cumulative(std::size_t plane, std::size_t species) const { return cumulative_[plane][species]; }

 private:
  const model::Model& model_;
  std::vector<std::vector<std::int64_t>> links_;  // per plane, its faces' links
  std::vector<std::size_t> set_;                  // per plane, its watched set in the transport
  std::vector<std::vector<LineDischarge>> last_;  // [plane][species]
  std::vector<std::vector<double>> cumulative_;   // [plane][species], g
  double time_ = 0.0;                             // d, end of the last step
};

}  // namespace gwp::app
