// The flow solves' preconditioner for Eigen's Krylov solvers (conjugate gradients, BiCGSTAB):
// the block modified incomplete factorisation of block_ilu.hpp in double precision, behind
// Eigen's preconditioner concept (compute / solve / info), as one block (see block_ilu.hpp).
#pragma once
#include <Eigen/Core>

#include "solver/linear/block_ilu.hpp"

namespace gwp::solver {

class IncompleteFactor {
 public:
  IncompleteFactor() = default;
  template <class Matrix>
  explicit IncompleteFactor(const Matrix& a) { compute(a); }

  template <class Matrix>
  IncompleteFactor& analyzePattern(const Matrix&) { return *this; }

  // The matrix must be compressed and RowMajor with sorted column indices (SparseMatrix<double,
  // RowMajor> after makeCompressed, or a Ref to one), every diagonal entry present.
  template <class Matrix>
  IncompleteFactor& factorize(const Matrix& a) {
    factor_.analyse(long(a.rows()), a.outerIndexPtr(), a.innerIndexPtr());
    factor_.factorise(a.innerIndexPtr(), a.valuePtr());
    return *this;
  }
  template <class Matrix>
  IncompleteFactor& compute(const Matrix& a) { return factorize(a); }

  Eigen::VectorXd solve(const Eigen::VectorXd& r) const {
    Eigen::VectorXd z(r.size());
    factor_.apply(r.data(), z.data());
    return z;
  }
  Eigen::ComputationInfo info() const { return Eigen::Success; }
  Eigen::Index rows() const { return Eigen::Index(factor_.rows()); }
  Eigen::Index cols() const { return Eigen::Index(factor_.rows()); }

 private:
  BlockIncompleteLu<double> factor_{false};
};

}  // namespace gwp::solver
