#include "solver/linear/cell_matrix.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace gwp::solver {

namespace {

// Index in the value array of entry (row, col), which must be in the pattern.
std::int32_t position(const SparseMatrix& a, std::int64_t row, std::int64_t col) {
  const int* begin = a.innerIndexPtr() + a.outerIndexPtr()[row];
  const int* end = a.innerIndexPtr() + a.outerIndexPtr()[row + 1];
  const int* it = std::lower_bound(begin, end, int(col));
  if (it == end || *it != col) throw std::logic_error("cell matrix entry missing from its pattern");
  return std::int32_t(it - a.innerIndexPtr());
}

}  // namespace

CellMatrix build_cell_matrix(const Connections& connections,
                             const std::vector<std::uint8_t>& is_unknown) {
  CellMatrix cm;
  const std::int64_t cells = connections.cell_count;
  constexpr std::int64_t most = std::numeric_limits<std::int32_t>::max();
  if (cells > most || std::int64_t(connections.adjacency_link.size()) + cells > most)
    throw std::length_error("too many cells or links for a sparse matrix with 32-bit indices");
  cm.row_of_cell.assign(std::size_t(cells), -1);
  for (std::int64_t c = 0; c < cells; ++c)
    if (is_unknown[std::size_t(c)]) {
      cm.row_of_cell[std::size_t(c)] = std::int32_t(cm.rows());
      cm.cell_of_row.push_back(std::int32_t(c));
    }
  const std::int64_t rows = cm.rows();

  // The pattern, row by row: the diagonal and the rows of the neighbours, sorted, each once
  // (two links between the same cells share an entry). Written straight into the compressed
  // arrays: a triplet list would take twice the matrix's memory while it is built.
  std::vector<int> columns;
  auto row_columns = [&](std::int64_t r) {
    const std::int64_t cell = cm.cell_of_row[std::size_t(r)];
    columns.assign(1, int(r));
    for (std::int64_t e = connections.adjacency_start[std::size_t(cell)];
         e < connections.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t other = connections.neighbour(connections.adjacency_link[std::size_t(e)], cell);
      const std::int32_t col = cm.row_of_cell[std::size_t(other)];
      if (col >= 0) columns.push_back(col);
    }
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  };
  std::int64_t nonzeros = 0;
  for (std::int64_t r = 0; r < rows; ++r) {
    row_columns(r);
    nonzeros += std::int64_t(columns.size());
  }
  cm.matrix.resize(int(rows), int(rows));
  cm.matrix.resizeNonZeros(Eigen::Index(nonzeros));
  int* outer = cm.matrix.outerIndexPtr();
  int* inner = cm.matrix.innerIndexPtr();
  outer[0] = 0;
  for (std::int64_t r = 0; r < rows; ++r) {
    row_columns(r);
    std::copy(columns.begin(), columns.end(), inner + outer[r]);
    outer[r + 1] = outer[r] + int(columns.size());
  }
  std::fill(cm.matrix.valuePtr(), cm.matrix.valuePtr() + nonzeros, 0.0);

  cm.diagonal.resize(std::size_t(rows));
  cm.link_position.assign(connections.adjacency_link.size(), -1);
  for (std::int64_t r = 0; r < rows; ++r) {
    const std::int64_t cell = cm.cell_of_row[std::size_t(r)];
    cm.diagonal[std::size_t(r)] = position(cm.matrix, r, r);
    for (std::int64_t e = connections.adjacency_start[std::size_t(cell)];
         e < connections.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t other = connections.neighbour(connections.adjacency_link[std::size_t(e)], cell);
      const std::int32_t col = cm.row_of_cell[std::size_t(other)];
      if (col >= 0) cm.link_position[std::size_t(e)] = position(cm.matrix, r, col);
    }
  }
  return cm;
}

}  // namespace gwp::solver
