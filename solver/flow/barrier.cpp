#include "solver/flow/barrier.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::solver {

double conductance_with_barrier(double link_conductance, double characteristic, double face_area) {
  if (std::isinf(characteristic)) return link_conductance;
  const double barrier = characteristic * face_area;  // m2/d
  if (barrier <= 0.0 || link_conductance <= 0.0) return 0.0;
  return link_conductance * barrier / (link_conductance + barrier);
}

namespace {

// The grid link joining n and m, or -1.
std::int64_t find_link(const Connections& links, std::int64_t n, std::int64_t m) {
  for (std::int64_t e = links.adjacency_start[std::size_t(n)]; e < links.adjacency_start[std::size_t(n + 1)]; ++e) {
    const std::int64_t link = links.adjacency_link[std::size_t(e)];
    if (links.is_grid_link(link) && links.neighbour(link, n) == m) return link;
  }
  return -1;
}

}  // namespace

std::vector<BarrierFace> barrier_faces(const std::vector<FlowBarrier>& barriers, const Connections& links,
                                       const Grid& grid) {
  std::vector<BarrierFace> faces;
  for (std::size_t b = 0; b < barriers.size(); ++b) {
    const FlowBarrier& barrier = barriers[b];
    if (barrier.n.size() != barrier.m.size())
      throw std::invalid_argument("barrier '" + barrier.name + "' has " + std::to_string(barrier.n.size()) +
                                  " first cells and " + std::to_string(barrier.m.size()) + " second cells");
    for (std::size_t p = 0; p < barrier.n.size(); ++p) {
      const std::int64_t n = barrier.n[p], m = barrier.m[p];
      if (n < 0 || m < 0 || n >= grid.cell_count() || m >= grid.cell_count())
        throw std::invalid_argument("barrier '" + barrier.name + "' names a cell outside the grid");
      if (!grid.active[std::size_t(n)] || !grid.active[std::size_t(m)]) continue;
      const std::int64_t link = find_link(links, n, m);
      if (link < 0 || links.axis[std::size_t(link)] == Axis::z)
        throw std::invalid_argument("barrier '" + barrier.name + "' lies between " + cell_label(grid, n) + " and " +
                                    cell_label(grid, m) + ", which are not horizontal grid neighbours");
      const double thickness = 0.5 * (grid.thickness(n) + grid.thickness(m));  // m
      faces.push_back({link, b, links.width[std::size_t(link)] * thickness});
    }
  }
  return faces;
}

void apply_barriers(const std::vector<FlowBarrier>& barriers, const std::vector<BarrierFace>& faces, double t,
                    const std::vector<double>& saturated, std::vector<double>& link_conductance) {
  for (const BarrierFace& f : faces) link_conductance[std::size_t(f.link)] = saturated[std::size_t(f.link)];
  for (const BarrierFace& f : faces) {
    double& c = link_conductance[std::size_t(f.link)];
    c = conductance_with_barrier(c, barriers[f.barrier].characteristic.at(t), f.area);
  }
}

}  // namespace gwp::solver
