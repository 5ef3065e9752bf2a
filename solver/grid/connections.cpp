#include "solver/grid/connections.hpp"

#include <stdexcept>

namespace gwp::solver {

namespace {

bool is_active(const Grid& grid, std::int64_t n) { return grid.active[std::size_t(n)] != 0; }

void add_grid_link(Connections& c, std::int64_t n, std::int64_t m, Axis axis, double half_n,
                   double half_m, double width, double plan_area) {
  c.n.push_back(n);
  c.m.push_back(m);
  c.axis.push_back(axis);
  c.half_n.push_back(half_n);
  c.half_m.push_back(half_m);
  c.width.push_back(width);
  c.plan_area.push_back(plan_area);
}

// Grid links in cell order: for each cell its east, south and lower neighbour, so that the
// list is sorted by n and, for a given n, by m.
void add_grid_links(const Grid& grid, Connections& c) {
  for (int k = 0; k < grid.nz; ++k)
    for (int i = 0; i < grid.ny; ++i)
      for (int j = 0; j < grid.nx; ++j) {
        const std::int64_t n = grid.index(k, i, j);
        if (!is_active(grid, n)) continue;
        const double dx = grid.dx[std::size_t(j)], dy = grid.dy[std::size_t(i)];
        if (j + 1 < grid.nx) {
          const std::int64_t m = grid.index(k, i, j + 1);
          if (is_active(grid, m))
            add_grid_link(c, n, m, Axis::x, 0.5 * dx, 0.5 * grid.dx[std::size_t(j + 1)], dy, 0.0);
        }
        if (i + 1 < grid.ny) {
          const std::int64_t m = grid.index(k, i + 1, j);
          if (is_active(grid, m))
            add_grid_link(c, n, m, Axis::y, 0.5 * dy, 0.5 * grid.dy[std::size_t(i + 1)], dx, 0.0);
        }
        if (k + 1 < grid.nz) {
          const std::int64_t m = grid.index(k + 1, i, j);
          if (is_active(grid, m))
            add_grid_link(c, n, m, Axis::z, 0.5 * grid.thickness(n), 0.5 * grid.thickness(m), 0.0,
                          dx * dy);
        }
      }
}

void add_extra_links(const Grid& grid, const std::vector<ExtraLinkSet>& extra, Connections& c) {
  for (std::size_t s = 0; s < extra.size(); ++s) {
    const ExtraLinkSet& set = extra[s];
    if (set.n.size() != set.m.size())
      throw std::invalid_argument("extra link set " + std::to_string(s) + " has " +
                                  std::to_string(set.n.size()) + " first cells but " +
                                  std::to_string(set.m.size()) + " second cells");
    for (std::size_t p = 0; p < set.n.size(); ++p) {
      const std::int64_t a = set.n[p], b = set.m[p];
      for (std::int64_t cell : {a, b}) {
        if (cell < 0 || cell >= grid.cell_count())
          throw std::invalid_argument("extra link set " + std::to_string(s) + ", pair " +
                                      std::to_string(p) + ": cell index " + std::to_string(cell) +
                                      " is outside the grid of " +
                                      std::to_string(grid.cell_count()) + " cells");
        if (!is_active(grid, cell))
          throw std::invalid_argument("extra link set " + std::to_string(s) + ", pair " +
                                      std::to_string(p) + " joins inactive cell " +
                                      cell_label(grid, cell));
      }
      if (a == b)
        throw std::invalid_argument("extra link set " + std::to_string(s) + ", pair " +
                                    std::to_string(p) + " joins cell " + cell_label(grid, a) +
                                    " to itself");
      c.n.push_back(a);
      c.m.push_back(b);
      c.extra_set.push_back(int(s));
      c.extra_index.push_back(std::int64_t(p));
    }
  }
}

// Counting sort of the link ends by cell: links of each cell come out in increasing order.
void build_adjacency(Connections& c) {
  c.adjacency_start.assign(std::size_t(c.cell_count + 1), 0);
  for (std::int64_t l = 0; l < c.size(); ++l) {
    ++c.adjacency_start[std::size_t(c.n[std::size_t(l)] + 1)];
    ++c.adjacency_start[std::size_t(c.m[std::size_t(l)] + 1)];
  }
  for (std::int64_t cell = 0; cell < c.cell_count; ++cell)
    c.adjacency_start[std::size_t(cell + 1)] += c.adjacency_start[std::size_t(cell)];
  std::vector<std::int64_t> next(c.adjacency_start.begin(), c.adjacency_start.end() - 1);
  c.adjacency_link.assign(std::size_t(c.adjacency_start.back()), 0);
  for (std::int64_t l = 0; l < c.size(); ++l) {
    c.adjacency_link[std::size_t(next[std::size_t(c.n[std::size_t(l)])]++)] = l;
    c.adjacency_link[std::size_t(next[std::size_t(c.m[std::size_t(l)])]++)] = l;
  }
}

}  // namespace

Connections build_connections(const Grid& grid, const std::vector<ExtraLinkSet>& extra) {
  Connections c;
  c.cell_count = grid.cell_count();
  add_grid_links(grid, c);
  c.grid_count = c.size();
  add_extra_links(grid, extra, c);
  build_adjacency(c);
  return c;
}

}  // namespace gwp::solver
