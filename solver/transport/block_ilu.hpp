// The preconditioner of the transport solves: a diagonal incomplete LU factorisation (D-ILU),
// M = (D + L) D^-1 (D + U) with L and U the strict lower and upper parts of the matrix itself,
// and only the pivots D computed:
//   d_i = a_ii - sum over j < i of (a_ij / d_j) (a_ji + omega * (other fill of row j)),
// the "other fill" being what zero-fill elimination drops; omega = kRelaxation adds most of it
// back to the diagonal (modified ILU), so that M keeps the row sums of the matrix. On the
// transport matrix (an M-matrix for upwind steps, dominated by storage and the upstream
// couplings) it cuts BiCGSTAB's iterations about fourfold against a Jacobi preconditioner.
//
// The rows are split into contiguous blocks factorised and applied independently (couplings
// between blocks are left out of M), so that the triangular solves of the blocks run in
// parallel. The number of blocks depends only on the size of the system, never on the number
// of threads, so a run gives the same numbers on any machine. Cells are numbered layer by layer,
// so a block boundary cuts the vertical couplings across one plane; in thin layers those are
// strong, which is why there are only two blocks (on the 1.28 million cell benchmark: 6 to 7
// iterations with one block, 7 to 8 with two, 10 with eight).
//
// The pattern is analysed once (analyse); factorise computes the pivots in a single sweep over
// the matrix and copies the off-diagonal entries of each row's block into two compact lists,
// lower and upper, scaled by the row's inverse pivot, in single precision with 32-bit columns
// (a preconditioner needs no more). The triangular solves read only those lists: each streams
// a third of what a sweep over the matrix rows would, and each row's dependence on the row
// before it is a single multiply-add (they are bound by memory traffic and by that chain).
// Nothing is allocated after the first factorisation.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/linear/linear_solver.hpp"

namespace gwp {

class BlockIncompleteLu {
 public:
  static constexpr double kRelaxation = 0.97;
  // Blocks of a system of `rows` unknowns: one for small systems, two above 50 000 rows.
  static int blocks_for(long rows) { return rows < 50000 ? 1 : 2; }

  // Prepares for matrices with the pattern of `a` (compressed, RowMajor, sorted columns, every
  // diagonal present). Cheap to call again with the same pattern: it notices and returns.
  void analyse(const SparseMatrix& a);
  // Computes the pivots from the values of `a`, which must have the analysed pattern.
  void factorise(const SparseMatrix& a);
  // z = M^-1 r.
  void apply(const double* r, double* z) const;

 private:
  // An off-diagonal entry of the factor: a_ij / d_i, and j.
  struct Entry {
    float value;
    std::int32_t column;
  };
  const SparseMatrix* matrix_ = nullptr;
  long rows_ = -1, nonzeros_ = -1;
  std::vector<int> block_start_;  // first row of each block, and rows_ at the end
  std::vector<int> diagonal_;     // per row: position of its diagonal entry
  // Per row: the first entry within the row's block, and the end of its upper entries within
  // it (positions in the matrix).
  std::vector<int> lower_begin_, upper_end_;
  // Per row, where its entries start in lower_ and upper_ (and rows_ + 1 ends).
  std::vector<int> lower_start_, upper_start_;
  std::vector<Entry> lower_, upper_;
  std::vector<double> pivot_, inverse_pivot_;
};

}  // namespace gwp
