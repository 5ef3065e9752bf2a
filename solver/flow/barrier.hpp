// Horizontal flow barriers on grid faces (FlowProblem::barriers), as MODFLOW 6's HFB package
// applies them with Newton: the barrier's conductance, its hydraulic characteristic (K / thickness,
// 1/d) times the face area, acts in series with the saturated conductance of the link; for
// convertible cells the result is then scaled by the upstream saturated fraction like any
// horizontal link. The face area is the face width times the mean thickness of the two cells.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/grid/connections.hpp"

namespace gwp::solver {

// The conductance (m2/d) of a link of conductance `link_conductance` (m2/d) once a barrier of
// hydraulic characteristic `characteristic` (1/d) covers its face of area `face_area` (m2):
//   1 / C = 1 / C_link + 1 / (characteristic x face_area).
// An infinite characteristic (no barrier) leaves the link as it is; zero closes it.
double conductance_with_barrier(double link_conductance, double characteristic, double face_area);

// One face a barrier covers.
struct BarrierFace {
  std::int64_t link = 0;     // grid link (x or y axis)
  std::size_t barrier = 0;   // index in FlowProblem::barriers
  double area = 0.0;         // m2, face width x mean thickness of the two cells
};

// The faces of every barrier, found among the grid links of `links`. Pairs that join an
// inactive cell are skipped (the wall reaches into cells that take no part). Throws
// std::invalid_argument, naming the barrier and the cells, for a pair of active cells that are
// not horizontal grid neighbours, or for sizes that do not match.
std::vector<BarrierFace> barrier_faces(const std::vector<FlowBarrier>& barriers, const Connections& links,
                                       const Grid& grid);

// Applies the barriers as they stand at time t (d) to `link_conductance` (per grid link, m2/d),
// starting from `saturated` (the conductances without barriers). Several barriers on one face
// add their resistances.
void apply_barriers(const std::vector<FlowBarrier>& barriers, const std::vector<BarrierFace>& faces, double t,
                    const std::vector<double>& saturated, std::vector<double>& link_conductance);

}  // namespace gwp::solver
