#include "solver/linear/block_ilu.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "solver/common/parallel.hpp"

namespace gwp::solver {

template <class Real>
void BlockIncompleteLu<Real>::analyse(long rows, const int* outer, const int* inner) {
  if (rows == rows_ && outer == pattern_ && lower_start_.size() == std::size_t(rows + 1)) return;
  pattern_ = outer;
  rows_ = rows;
  const int blocks = blocks_for(rows_);
  block_start_.resize(std::size_t(blocks + 1));
  for (int b = 0; b <= blocks; ++b) block_start_[std::size_t(b)] = int(rows_ * b / blocks);
  diagonal_.assign(std::size_t(rows_), -1);
  lower_begin_.assign(std::size_t(rows_), 0);
  upper_end_.assign(std::size_t(rows_), 0);
  lower_start_.assign(std::size_t(rows_ + 1), 0);
  upper_start_.assign(std::size_t(rows_ + 1), 0);
  for (int b = 0; b < blocks; ++b) {
    const int first = block_start_[std::size_t(b)], last = block_start_[std::size_t(b + 1)];
    for (int i = first; i < last; ++i) {
      const std::size_t r = std::size_t(i);
      lower_begin_[r] = int(std::lower_bound(inner + outer[i], inner + outer[i + 1], first) - inner);
      upper_end_[r] = int(std::lower_bound(inner + outer[i], inner + outer[i + 1], last) - inner);
      const int* at = std::lower_bound(inner + outer[i], inner + outer[i + 1], i);
      if (at == inner + outer[i + 1] || *at != i)
        throw std::invalid_argument("incomplete LU: row " + std::to_string(i) + " has no diagonal entry");
      diagonal_[r] = int(at - inner);
      lower_start_[r + 1] = lower_start_[r] + (diagonal_[r] - lower_begin_[r]);
      upper_start_[r + 1] = upper_start_[r] + (upper_end_[r] - diagonal_[r] - 1);
    }
  }
  lower_.assign(std::size_t(lower_start_.back()), Entry{Real(0), 0});
  upper_.assign(std::size_t(upper_start_.back()), Entry{Real(0), 0});
  pivot_.assign(std::size_t(rows_), 1.0);
  inverse_pivot_.assign(std::size_t(rows_), 1.0);
}

template <class Real>
void BlockIncompleteLu<Real>::factorise(const int* inner, const double* value) {
  const int blocks = int(block_start_.size()) - 1;
  parallel_for(0, blocks, [&](std::int64_t b) {
    const int first = block_start_[std::size_t(b)], last = block_start_[std::size_t(b + 1)];
    for (int i = first; i < last; ++i) {
      const std::size_t r = std::size_t(i);
      const double a_ii = value[diagonal_[r]];
      double d = a_ii;
      for (int p = lower_begin_[r]; p < diagonal_[r]; ++p) {
        const std::size_t j = std::size_t(inner[p]);
        // Row j's upper entries within the block: a_ji, and the fill its elimination spreads.
        double a_ji = 0.0, upper_sum = 0.0;
        for (int q = diagonal_[j] + 1; q < upper_end_[j]; ++q) {
          upper_sum += value[q];
          if (inner[q] == i) a_ji = value[q];
        }
        d -= value[p] / pivot_[j] * (a_ji + kRelaxation * (upper_sum - a_ji));
      }
      // A pivot that is not safely positive (against the diagonal) would wreck the solve.
      pivot_[r] = d > 1e-3 * std::abs(a_ii) ? d : (a_ii != 0.0 ? std::abs(a_ii) : 1.0);
      const double inverse = 1.0 / pivot_[r];
      inverse_pivot_[r] = inverse;
      Entry* lower = lower_.data() + lower_start_[r];
      for (int p = lower_begin_[r]; p < diagonal_[r]; ++p) *lower++ = Entry{Real(value[p] * inverse), inner[p]};
      Entry* upper = upper_.data() + upper_start_[r];
      for (int p = diagonal_[r] + 1; p < upper_end_[r]; ++p) *upper++ = Entry{Real(value[p] * inverse), inner[p]};
    }
  });
}

template <class Real>
void BlockIncompleteLu<Real>::apply(const double* r, double* z) const {
  const int blocks = int(block_start_.size()) - 1;
  parallel_for(0, blocks, [&](std::int64_t b) {
    const int first = block_start_[std::size_t(b)], last = block_start_[std::size_t(b + 1)];
    // (D + L) w = r, then (D + U) z = D w, within the block, with the entries scaled by 1/d_i:
    // w_i = r_i / d_i - sum (a_ij / d_i) w_j, z_i = w_i - sum (a_ij / d_i) z_j.
    const int* lower_start = lower_start_.data();
    const int* upper_start = upper_start_.data();
    const Entry* lower = lower_.data();
    const Entry* upper = upper_.data();
    const double* inverse = inverse_pivot_.data();
    for (int i = first; i < last; ++i) {
      double s = r[i] * inverse[i];
      for (int k = lower_start[i]; k < lower_start[i + 1]; ++k) s -= double(lower[k].value) * z[lower[k].column];
      z[i] = s;
    }
    for (int i = last - 1; i >= first; --i) {
      double s = z[i];
      for (int k = upper_start[i]; k < upper_start[i + 1]; ++k) s -= double(upper[k].value) * z[upper[k].column];
      z[i] = s;
    }
  });
}

template class BlockIncompleteLu<float>;
template class BlockIncompleteLu<double>;

}  // namespace gwp::solver
