#include "solver/transport/krylov.hpp"

#include <cmath>
#include <limits>

#include "solver/transport/parallel_sum.hpp"

namespace gwp::solver {

namespace {

// y = A x for a compressed RowMajor matrix, one row at a time: row i of y is a_i . x. The
// `extra` function adds row i's contributions to a running sum (dot products fused into the
// same sweep). Returns those sums.
template <int K, class Extra>
std::array<double, K> product(const SparseMatrix& a, const double* x, double* y, Extra&& extra) {
  const int* outer = a.outerIndexPtr();
  const int* inner = a.innerIndexPtr();
  const double* value = a.valuePtr();
  return parallel_sums<K>(0, a.rows(), [&](std::int64_t i, double* acc) {
    double sum = 0.0;
    for (int k = outer[i]; k < outer[i + 1]; ++k) sum += value[k] * x[inner[k]];
    y[i] = sum;
    extra(i, acc);
  });
}

}  // namespace

const char* method_name(Preconditioner preconditioner) {
  return preconditioner == Preconditioner::incomplete_lu ? "BiCGSTAB+block D-ILU" : "BiCGSTAB+Jacobi";
}

void BiCgStab::resize(Eigen::Index n) {
  for (Eigen::VectorXd* v : {&r_, &r0_, &p_, &v_, &y_, &s_, &z_, &t_})
    if (v->size() != n) v->resize(n);
}

KrylovResult BiCgStab::solve(const SparseMatrix& a, const Eigen::VectorXd& b_vector, Eigen::VectorXd& x_vector,
                             int max_iterations, double tolerance, Preconditioner preconditioner,
                             bool same_matrix) {
  const Eigen::Index n = a.rows();
  KrylovResult result;
  const bool ilu = preconditioner == Preconditioner::incomplete_lu;
  resize(n);
  if (!same_matrix) factorised_ = false;
  if (ilu && !factorised_) {
    ilu_.analyse(a);
    ilu_.factorise(a);
    factorised_ = true;
  }
  const int* outer = a.outerIndexPtr();
  const int* inner = a.innerIndexPtr();
  const double* value = a.valuePtr();
  const double* b = b_vector.data();
  double* x = x_vector.data();
  double *inv = nullptr, *r = r_.data(), *r0 = r0_.data(), *p = p_.data(), *v = v_.data(),
         *y = y_.data(), *s = s_.data(), *z = z_.data(), *t = t_.data();

  // The inverse diagonal is the preconditioner when the factorisation is not used.
  if (!ilu) inverse_diagonal_.resize(n);
  inv = inverse_diagonal_.data();
  const double bb = parallel_sums<1>(0, n, [&](std::int64_t i, double* acc) {
    if (!ilu) {
      double d = 0.0;
      for (int k = outer[i]; k < outer[i + 1]; ++k)
        if (inner[k] == i) d = value[k];
      inv[i] = d != 0.0 ? 1.0 / d : 1.0;
    }
    acc[0] += b[i] * b[i];
  })[0];
  const double b_norm = std::sqrt(bb);
  if (b_norm == 0.0) {
    x_vector.setZero();
    result.converged = true;
    return result;
  }
  const double target = tolerance * b_norm;

  // r = b - A x, r0 = r, p = v = 0; returns |r|.
  auto restart = [&]() {
    const double rr = product<1>(a, x, r, [&](std::int64_t i, double* acc) {
      r[i] = b[i] - r[i];
      r0[i] = r[i];
      p[i] = v[i] = 0.0;
      acc[0] += r[i] * r[i];
    })[0];
    return std::sqrt(rr);
  };
  double r_norm = restart();
  result.relative_residual = r_norm / b_norm;
  if (r_norm <= target) {
    result.converged = true;
    return result;
  }
  double rho = 1.0, alpha = 1.0, omega = 1.0;
  double rho_next = r_norm * r_norm;  // (r0, r) with r0 = r
  const double tiny = std::numeric_limits<double>::min();
  auto reset = [&]() {
    rho_next = r_norm * r_norm;
    rho = alpha = omega = 1.0;
  };
  for (int it = 1; it <= max_iterations; ++it) {
    result.iterations = it;
    const double rho_old = rho;
    rho = rho_next;
    if (std::abs(rho) <= tiny || !std::isfinite(rho)) {  // breakdown: restart from the true residual
      r_norm = restart();
      if (r_norm <= target || !std::isfinite(r_norm)) break;
      reset();
      continue;
    }
    const double beta = (rho / rho_old) * (alpha / omega);
    parallel_for(0, n, [&](std::int64_t i) {
      p[i] = r[i] + beta * (p[i] - omega * v[i]);
      if (!ilu) y[i] = inv[i] * p[i];
    });
    if (ilu) ilu_.apply(p, y);
    const double r0v = product<1>(a, y, v, [&](std::int64_t i, double* acc) { acc[0] += r0[i] * v[i]; })[0];
    if (r0v == 0.0 || !std::isfinite(r0v)) {
      r_norm = restart();
      reset();
      continue;
    }
    alpha = rho / r0v;
    parallel_for(0, n, [&](std::int64_t i) {
      s[i] = r[i] - alpha * v[i];
      if (!ilu) z[i] = inv[i] * s[i];
    });
    if (ilu) ilu_.apply(s, z);
    const auto ts = product<2>(a, z, t, [&](std::int64_t i, double* acc) {
      acc[0] += t[i] * s[i];
      acc[1] += t[i] * t[i];
    });
    omega = ts[1] > 0.0 ? ts[0] / ts[1] : 0.0;
    const auto rr = parallel_sums<2>(0, n, [&](std::int64_t i, double* acc) {
      x[i] += alpha * y[i] + omega * z[i];
      r[i] = s[i] - omega * t[i];
      acc[0] += r[i] * r[i];
      acc[1] += r0[i] * r[i];
    });
    r_norm = std::sqrt(rr[0]);
    rho_next = rr[1];
    if (!std::isfinite(r_norm)) break;
    if (r_norm <= target) {
      // Confirm with the true residual; go on from it if the recursion has drifted.
      r_norm = restart();
      if (r_norm <= target) break;
      reset();
    } else if (omega == 0.0) {  // stagnation: restart from the true residual
      r_norm = restart();
      reset();
    }
  }
  result.relative_residual = r_norm / b_norm;
  result.converged = r_norm <= target && x_vector.allFinite();
  return result;
}

}  // namespace gwp::solver
