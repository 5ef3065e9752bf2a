#include "solver/linear/cell_matrix.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace gwp {

namespace {

// Index in the value array of entry (row, col), which must be in the pattern.
std::int64_t position(const SparseMatrix& a, std::int64_t row, std::int64_t col) {
  const int* begin = a.innerIndexPtr() + a.outerIndexPtr()[row];
  const int* end = a.innerIndexPtr() + a.outerIndexPtr()[row + 1];
  const int* it = std::lower_bound(begin, end, int(col));
  if (it == end || *it != col) throw std::logic_error("cell matrix entry missing from its pattern");
  return it - a.innerIndexPtr();
}

}  // namespace

CellMatrix build_cell_matrix(const Connections& connections,
                             const std::vector<std::uint8_t>& is_unknown) {
  CellMatrix cm;
  const std::int64_t cells = connections.cell_count;
  cm.row_of_cell.assign(std::size_t(cells), -1);
  for (std::int64_t c = 0; c < cells; ++c)
    if (is_unknown[std::size_t(c)]) {
      cm.row_of_cell[std::size_t(c)] = cm.rows();
      cm.cell_of_row.push_back(c);
    }
  const std::int64_t rows = cm.rows();
  if (rows > std::int64_t(std::numeric_limits<int>::max()))
    throw std::length_error("too many unknowns for a sparse matrix with int indices");

  std::vector<Eigen::Triplet<double>> pattern;
  pattern.reserve(std::size_t(rows) + connections.adjacency_link.size());
  for (std::int64_t r = 0; r < rows; ++r) {
    const std::int64_t cell = cm.cell_of_row[std::size_t(r)];
    pattern.emplace_back(int(r), int(r), 0.0);
    for (std::int64_t e = connections.adjacency_start[std::size_t(cell)];
         e < connections.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t other = connections.neighbour(connections.adjacency_link[std::size_t(e)], cell);
      const std::int64_t col = cm.row_of_cell[std::size_t(other)];
      if (col >= 0) pattern.emplace_back(int(r), int(col), 0.0);
    }
  }
  cm.matrix.resize(int(rows), int(rows));
  cm.matrix.setFromTriplets(pattern.begin(), pattern.end());  // duplicates merge
  cm.matrix.makeCompressed();

  cm.diagonal.resize(std::size_t(rows));
  cm.link_position.assign(connections.adjacency_link.size(), -1);
  for (std::int64_t r = 0; r < rows; ++r) {
    const std::int64_t cell = cm.cell_of_row[std::size_t(r)];
    cm.diagonal[std::size_t(r)] = position(cm.matrix, r, r);
    for (std::int64_t e = connections.adjacency_start[std::size_t(cell)];
         e < connections.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t other = connections.neighbour(connections.adjacency_link[std::size_t(e)], cell);
      const std::int64_t col = cm.row_of_cell[std::size_t(other)];
      if (col >= 0) cm.link_position[std::size_t(e)] = position(cm.matrix, r, col);
    }
  }
  return cm;
}

}  // namespace gwp
