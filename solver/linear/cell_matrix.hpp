// A sparse matrix with one row per unknown cell, whose pattern comes from the connection list
// and is built once. Assembly refills the values in place through precomputed positions, one
// row per cell, so rows can be filled in parallel without write conflicts. Flow and transport
// both assemble into it.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/linear/linear_solver.hpp"

namespace gwp::solver {

// Rows, cells and positions are 32-bit, as Eigen's own indices are: the per-cell arrays of a
// large model are memory that its solves must stream through.
struct CellMatrix {
  std::vector<std::int32_t> row_of_cell;  // per grid cell: its row, or -1 if not an unknown
  std::vector<std::int32_t> cell_of_row;  // per row: the grid cell
  SparseMatrix matrix;                    // rows x rows, RowMajor, fixed pattern
  std::vector<std::int32_t> diagonal;     // per row: index of its diagonal in the value array
  // Parallel to Connections::adjacency_link: for each (cell, link) entry of an unknown cell,
  // the index in the value array of (row of cell, row of the neighbour), or -1 when the
  // neighbour is not an unknown. Two links between the same cells share one position.
  std::vector<std::int32_t> link_position;

  std::int64_t rows() const { return std::int64_t(cell_of_row.size()); }
  double* values() { return matrix.valuePtr(); }
};

// Unknowns are the cells with is_unknown[cell] != 0 (they must be active). Throws
// std::length_error when the cells or the matrix entries do not fit 32-bit indices.
CellMatrix build_cell_matrix(const Connections& connections,
                             const std::vector<std::uint8_t>& is_unknown);

}  // namespace gwp::solver
