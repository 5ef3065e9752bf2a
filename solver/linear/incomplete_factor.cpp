#include "solver/linear/incomplete_factor.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace gwp {

void IncompleteFactor::load(int rows, const int* outer, const int* inner, const double* value) {
  rows_ = rows;
  outer_ = outer;
  inner_ = inner;
  value_ = value;
  diagonal_.assign(std::size_t(rows), -1);
  std::vector<double> upper_sum(std::size_t(rows), 0.0);  // sum_{k>j} a_jk per row j
  for (int i = 0; i < rows; ++i)
    for (int p = outer[i]; p < outer[i + 1]; ++p) {
      if (inner[p] == i) diagonal_[std::size_t(i)] = p;
      if (inner[p] > i) upper_sum[std::size_t(i)] += value[p];
    }
  for (int i = 0; i < rows; ++i)
    if (diagonal_[std::size_t(i)] < 0)
      throw std::invalid_argument("incomplete factorisation: row " + std::to_string(i) +
                                  " has no diagonal entry in the pattern");
  pivot_.assign(std::size_t(rows), 1.0);
  for (int i = 0; i < rows; ++i) {
    const double a_ii = value[diagonal_[std::size_t(i)]];
    double d = a_ii;
    for (int p = outer[i]; p < outer[i + 1] && inner[p] < i; ++p) {
      const int j = inner[p];
      // a_ji: entry (j, i) in row j, found by bisection in its sorted columns.
      const int* begin = inner + outer[j];
      const int* end = inner + outer[j + 1];
      const int* it = std::lower_bound(begin, end, i);
      const double a_ji = (it != end && *it == i) ? value[it - inner] : 0.0;
      const double dropped = upper_sum[std::size_t(j)] - a_ji;
      d -= value[p] / pivot_[std::size_t(j)] * (a_ji + kRelaxation * dropped);
    }
    // A pivot that is not safely positive (relative to the diagonal) would wreck the solve.
    pivot_[std::size_t(i)] = d > 1e-3 * std::abs(a_ii) ? d : (a_ii != 0.0 ? std::abs(a_ii) : 1.0);
  }
  inverse_pivot_.resize(std::size_t(rows));
  for (int i = 0; i < rows; ++i) inverse_pivot_[std::size_t(i)] = 1.0 / pivot_[std::size_t(i)];
}

Eigen::VectorXd IncompleteFactor::solve(const Eigen::VectorXd& r) const {
  // (D + L) w = r, then (D + U) z = D w. Row i's lower part is [outer_i, diagonal_i), its upper
  // part (diagonal_i, outer_i+1).
  Eigen::VectorXd z(rows_);
  for (int i = 0; i < rows_; ++i) {
    double s = r[i];
    for (int p = outer_[i]; p < diagonal_[std::size_t(i)]; ++p) s -= value_[p] * z[inner_[p]];
    z[i] = s * inverse_pivot_[std::size_t(i)];
  }
  for (int i = rows_ - 1; i >= 0; --i) {
    double s = 0.0;
    for (int p = diagonal_[std::size_t(i)] + 1; p < outer_[i + 1]; ++p) s += value_[p] * z[inner_[p]];
    z[i] -= s * inverse_pivot_[std::size_t(i)];
  }
  return z;
}

}  // namespace gwp
