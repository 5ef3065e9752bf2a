// A sparse matrix with one row per unknown cell, whose pattern comes from the connection list
// and is built once. Assembly refills the values in place through precomputed positions, one
// row per cell, so rows can be filled in parallel without write conflicts. Flow and transport
// both assemble into it.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/linear/linear_solver.hpp"

namespace gwp {

struct CellMatrix {
  std::vector<std::int64_t> row_of_cell;  // per grid cell: its row, or -1 if not an unknown
  std::vector<std::int64_t> cell_of_row;  // per row: the grid cell
  SparseMatrix matrix;                    // rows x rows, RowMajor, fixed pattern
  std::vector<std::int64_t> diagonal;     // per row: index of its diagonal in the value array
  // Parallel to Connections::adjacency_link: for each (cell, link) entry of an unknown cell,
  // the index in the value array of (row of cell, row of the neighbour), or -1 when the
  // neighbour is not an unknown. Two links between the same cells share one position.
  std::vector<std::int64_t> link_position;

  std::int64_t rows() const { return std::int64_t(cell_of_row.size()); }
  double* values() { return matrix.valuePtr(); }
};

// Unknowns are the cells with is_unknown[cell] != 0 (they must be active).
CellMatrix build_cell_matrix(const Connections& connections,
                             const std::vector<std::uint8_t>& is_unknown);

}  // namespace gwp
