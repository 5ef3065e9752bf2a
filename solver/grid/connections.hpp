// The explicit list of links between active cells that flow and transport both use.
//
// Grid links join active face neighbours: along x (column j to j+1, west to east), along y
// (row i to i+1, north to south) and along z (layer k to k+1, downward). Each grid link has
// n < m (cell indices of grid.hpp) and carries its geometry. Extra links (abandoned wells,
// multi-node wells) join any two active cells; they come after the grid links, in the order
// of their sets, keep the (n, m) order they were given, and carry no geometry: their
// conductance comes with them.
//
// A CSR adjacency lists, for every cell, all the links (grid and extra) that touch it, so that
// matrix assembly can run one row per cell without write conflicts.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/grid.hpp"

namespace gwp::solver {

enum class Axis : std::uint8_t { x, y, z };

// A set of extra links given by cell pairs (e.g. one ConnectionGroup).
struct ExtraLinkSet {
  std::vector<std::int64_t> n, m;  // cell indices, same length
};

struct Connections {
  std::int64_t cell_count = 0;   // grid cells (active or not); adjacency has one row per cell
  std::int64_t grid_count = 0;   // links [0, grid_count) are grid links, the rest extra links

  // Per link (grid and extra): the two cells. Grid links: n < m.
  std::vector<std::int64_t> n, m;

  // Per grid link only (size grid_count):
  std::vector<Axis> axis;
  // Distance from the centre of cell n (half_n) and of cell m (half_m) to the shared face, m:
  // dx/2 along x, dy/2 along y, half the cell thickness along z.
  std::vector<double> half_n, half_m;
  // Face width for x and y links (m): dy of the row for x links, dx of the column for y links.
  // Zero for z links (their face is horizontal; see plan_area).
  std::vector<double> width;
  // Plan area of the shared face of a z link (m2); zero for x and y links.
  std::vector<double> plan_area;

  // Per extra link (size n.size() - grid_count): the set it came from and its position there.
  std::vector<int> extra_set;
  std::vector<std::int64_t> extra_index;

  // CSR adjacency: the links of cell c are adjacency_link[adjacency_start[c] ..
  // adjacency_start[c + 1]), in increasing link order. Inactive cells have none.
  std::vector<std::int64_t> adjacency_start;
  std::vector<std::int64_t> adjacency_link;

  std::int64_t size() const { return std::int64_t(n.size()); }
  std::int64_t extra_count() const { return size() - grid_count; }
  bool is_grid_link(std::int64_t link) const { return link < grid_count; }
  // The other cell of `link`, seen from `cell` (which must be one of its two cells).
  std::int64_t neighbour(std::int64_t link, std::int64_t cell) const {
    return n[std::size_t(link)] == cell ? m[std::size_t(link)] : n[std::size_t(link)];
  }
};

// Net flow into `cell` over all its links, where flux(link) is the flow along the link from its
// cell n to its cell m (any quantity: water in m3/d, mass in g/d).
template <class LinkFlux>
double net_inflow(const Connections& c, std::int64_t cell, LinkFlux&& flux) {
  double in = 0.0;
  for (std::int64_t e = c.adjacency_start[std::size_t(cell)]; e < c.adjacency_start[std::size_t(cell + 1)]; ++e) {
    const std::int64_t link = c.adjacency_link[std::size_t(e)];
    const double f = flux(link);
    in += c.n[std::size_t(link)] == cell ? -f : f;
  }
  return in;
}

// Grid links between active neighbours of `grid`, then the extra links of each set in order.
// Throws std::invalid_argument when an extra link names a cell outside the grid, an inactive
// cell, or joins a cell to itself.
Connections build_connections(const Grid& grid, const std::vector<ExtraLinkSet>& extra = {});

}  // namespace gwp::solver
