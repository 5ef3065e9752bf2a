// A zero-fill incomplete factorisation in natural ordering, M ~ (D + L) D^-1 (D + U), where L
// and U are the strict lower and upper parts of the matrix itself and only the diagonal D is
// computed:
//   d_i = a_ii - sum_{j<i} (a_ij / d_j) (a_ji + omega * (sum_{k>j, k!=i} a_jk))
// With omega = 0 this is D-ILU, which equals IC(0) / ILU(0) on the 5- and 7-point stencils of a
// structured grid; with omega near 1 the fill that zero-fill drops is added back to the
// diagonal (modified incomplete Cholesky, as in MODFLOW's PCG), which keeps row sums and cuts
// the iteration count on diffusion problems from O(n) to about O(sqrt n). Works for symmetric
// (conjugate gradients) and non-symmetric (BiCGSTAB) matrices. A pivot that comes out too small
// is replaced by the matrix diagonal. Every row must hold its diagonal entry.
//
// It follows Eigen's preconditioner concept (compute / solve / info), so that Eigen's Krylov
// solvers can use it directly.
#pragma once
#include <Eigen/Sparse>
#include <cmath>
#include <vector>

namespace gwp {

class IncompleteFactor {
 public:
  // Relaxation of the modification: MODFLOW's PCG uses 0.97 to 1; slightly below 1 guards
  // against near-zero pivots on problems with few fixed heads.
  static constexpr double kRelaxation = 0.97;

  IncompleteFactor() = default;
  template <class Matrix>
  explicit IncompleteFactor(const Matrix& a) { compute(a); }

  template <class Matrix>
  IncompleteFactor& analyzePattern(const Matrix&) { return *this; }

  // The matrix must be compressed and RowMajor with sorted column indices (SparseMatrix<double,
  // RowMajor> after makeCompressed, or a Ref to one).
  template <class Matrix>
  IncompleteFactor& factorize(const Matrix& a) {
    const int* outer = a.outerIndexPtr();
    const int* inner = a.innerIndexPtr();
    const double* value = a.valuePtr();
    load(int(a.rows()), outer, inner, value);
    return *this;
  }
  template <class Matrix>
  IncompleteFactor& compute(const Matrix& a) { return factorize(a); }

  Eigen::VectorXd solve(const Eigen::VectorXd& r) const;
  Eigen::ComputationInfo info() const { return Eigen::Success; }
  Eigen::Index rows() const { return Eigen::Index(rows_); }
  Eigen::Index cols() const { return Eigen::Index(rows_); }

 private:
  void load(int rows, const int* outer, const int* inner, const double* value);

  int rows_ = 0;
  const int* outer_ = nullptr;   // the matrix pattern and values, not owned: the Krylov solver
  const int* inner_ = nullptr;   // keeps the matrix alive while it uses the preconditioner
  const double* value_ = nullptr;
  std::vector<int> diagonal_;    // position of each row's diagonal entry
  std::vector<double> pivot_;          // d_i
  std::vector<double> inverse_pivot_;  // 1 / d_i
};

}  // namespace gwp
