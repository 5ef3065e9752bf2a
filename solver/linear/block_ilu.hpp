// The preconditioner of gwplume's Krylov solves: a diagonal incomplete LU factorisation
// (D-ILU), M = (D + L) D^-1 (D + U) with L and U the strict lower and upper parts of the matrix
// itself, and only the pivots D computed:
//   d_i = a_ii - sum over j < i of (a_ij / d_j) (a_ji + omega * (other fill of row j)),
// the "other fill" being what zero-fill elimination drops; omega = kRelaxation adds most of it
// back to the diagonal (modified ILU, as MODFLOW's PCG), so that M keeps the row sums of the
// matrix and the iterations on diffusion problems grow as O(sqrt n) rather than O(n). With
// omega = 0 it would equal IC(0) / ILU(0) on the 5- and 7-point stencils of a structured grid.
// M is symmetric when the matrix is, so it serves conjugate gradients (the flow, in double
// precision, one block) and BiCGSTAB (the transport, in single precision, two blocks: there it
// cuts the iterations about fourfold against a Jacobi preconditioner).
//
// The rows are split into contiguous blocks factorised and applied independently (couplings
// between blocks are left out of M), so that the triangular solves of the blocks run in
// parallel. The number of blocks depends only on the size of the system, never on the number
// of threads, so a run gives the same numbers on any machine. Cells are numbered layer by layer,
// so a block boundary cuts the vertical couplings across one plane; in thin layers those are
// strong, which is why there are only two blocks (on the 1.28 million cell transport benchmark:
// 6 to 7 iterations with one block, 7 to 8 with two, 10 with eight).
//
// analyse reads the pattern; factorise computes the pivots in a single sweep over the matrix
// and copies the off-diagonal entries of each row's block into two compact lists, lower and
// upper, scaled by the row's inverse pivot, with 32-bit columns and values of type Real. The
// triangular solves read only those lists: each streams a fraction of what a sweep over the
// matrix rows would, and each row's dependence on the row before it is a single multiply-add
// (they are bound by memory traffic and by that chain). A pivot that comes out too small is
// replaced by the matrix diagonal. Every row must hold its diagonal entry; columns must be
// sorted within rows (a compressed RowMajor matrix). Nothing is allocated after the first
// factorisation of a pattern.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/linear/linear_solver.hpp"

namespace gwp::solver {

template <class Real>
class BlockIncompleteLu {
 public:
  static constexpr double kRelaxation = 0.97;  // MODFLOW's PCG uses 0.97 to 1
  // split: whether systems above 50 000 rows are split into two blocks. The flow solves do
  // not split: on a steady flow matrix of thin, vertically well-coupled layers the cut plane
  // nearly doubles the conjugate-gradient iterations (253 to 446 on the 1.28 million cell
  // transport benchmark's flow), more than the parallel solves win back.
  explicit BlockIncompleteLu(bool split = true) : split_(split) {}
  int blocks_for(long rows) const { return split_ && rows >= 50000 ? 2 : 1; }

  // Prepares for matrices of this pattern (compressed row arrays). Cheap to call again with
  // the same arrays: it notices and returns. Throws std::invalid_argument for a missing
  // diagonal.
  void analyse(long rows, const int* outer, const int* inner);
  void analyse(const SparseMatrix& a) { analyse(long(a.rows()), a.outerIndexPtr(), a.innerIndexPtr()); }
  // Computes the factor from the values of a matrix of the analysed pattern.
  void factorise(const int* inner, const double* value);
  void factorise(const SparseMatrix& a) { factorise(a.innerIndexPtr(), a.valuePtr()); }
  // z = M^-1 r.
  void apply(const double* r, double* z) const;
  long rows() const { return rows_; }

 private:
  // An off-diagonal entry of the factor: a_ij / d_i, and j.
  struct Entry {
    Real value;
    std::int32_t column;
  };
  bool split_ = true;
  const int* pattern_ = nullptr;  // the outer array analysed, to notice a repeated call
  long rows_ = -1;
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

extern template class BlockIncompleteLu<float>;
extern template class BlockIncompleteLu<double>;

}  // namespace gwp::solver
