#include "solver/transport/block_ilu.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "solver/common/parallel.hpp"

namespace gwp {

void BlockIncompleteLu::analyse(const SparseMatrix& a) {
  if (a.rows() == rows_ && a.nonZeros() == nonzeros_ && matrix_ == &a) return;
  matrix_ = &a;
  rows_ = a.rows();
  nonzeros_ = a.nonZeros();
  const int* outer = a.outerIndexPtr();
  const int* inner = a.innerIndexPtr();
  const int blocks = blocks_for(rows_);
  block_start_.resize(std::size_t(blocks + 1));
  for (int b = 0; b <= blocks; ++b) block_start_[std::size_t(b)] = int(rows_ * b / blocks);
  diagonal_.assign(std::size_t(rows_), -1);
  lower_begin_.assign(std::size_t(rows_), 0);
  upper_end_.assign(std::size_t(rows_), 0);
  transposed_.assign(std::size_t(nonzeros_), -1);
  for (int b = 0; b < blocks; ++b) {
    const int first = block_start_[std::size_t(b)], last = block_start_[std::size_t(b + 1)];
    for (int i = first; i < last; ++i) {
      lower_begin_[std::size_t(i)] = int(std::lower_bound(inner + outer[i], inner + outer[i + 1], first) - inner);
      upper_end_[std::size_t(i)] = int(std::lower_bound(inner + outer[i], inner + outer[i + 1], last) - inner);
      for (int p = outer[i]; p < outer[i + 1]; ++p) {
        const int j = inner[p];
        if (j == i) diagonal_[std::size_t(i)] = p;
        if (j >= i || j < first) continue;
        const int* begin = inner + outer[j];
        const int* end = inner + outer[j + 1];
        const int* it = std::lower_bound(begin, end, i);
        if (it != end && *it == i) transposed_[std::size_t(p)] = int(it - inner);
      }
    }
  }
  for (long i = 0; i < rows_; ++i)
    if (diagonal_[std::size_t(i)] < 0)
      throw std::invalid_argument("incomplete LU: row " + std::to_string(i) + " has no diagonal entry");
  pivot_.assign(std::size_t(rows_), 1.0);
  inverse_pivot_.assign(std::size_t(rows_), 1.0);
  upper_sum_.assign(std::size_t(rows_), 0.0);
}

void BlockIncompleteLu::factorise(const SparseMatrix& a) {
  const int* inner = a.innerIndexPtr();
  const double* value = a.valuePtr();
  const int blocks = int(block_start_.size()) - 1;
  parallel_for(0, blocks, [&](std::int64_t b) {
    const int first = block_start_[std::size_t(b)], last = block_start_[std::size_t(b + 1)];
    // Sum of each row's upper entries within the block: the fill its elimination spreads.
    for (int i = first; i < last; ++i) {
      double sum = 0.0;
      for (int p = diagonal_[std::size_t(i)] + 1; p < upper_end_[std::size_t(i)]; ++p) sum += value[p];
      upper_sum_[std::size_t(i)] = sum;
    }
    for (int i = first; i < last; ++i) {
      const double a_ii = value[diagonal_[std::size_t(i)]];
      double d = a_ii;
      for (int p = lower_begin_[std::size_t(i)]; p < diagonal_[std::size_t(i)]; ++p) {
        const int j = inner[p];
        const int t = transposed_[std::size_t(p)];
        const double a_ji = t >= 0 ? value[t] : 0.0;
        d -= value[p] / pivot_[std::size_t(j)] * (a_ji + kRelaxation * (upper_sum_[std::size_t(j)] - a_ji));
      }
      // A pivot that is not safely positive (against the diagonal) would wreck the solve.
      pivot_[std::size_t(i)] = d > 1e-3 * std::abs(a_ii) ? d : (a_ii != 0.0 ? std::abs(a_ii) : 1.0);
      inverse_pivot_[std::size_t(i)] = 1.0 / pivot_[std::size_t(i)];
    }
  });
}

void BlockIncompleteLu::apply(const double* r, double* z) const {
  const SparseMatrix& a = *matrix_;
  const int* inner = a.innerIndexPtr();
  const double* value = a.valuePtr();
  const int blocks = int(block_start_.size()) - 1;
  parallel_for(0, blocks, [&](std::int64_t b) {
    const int first = block_start_[std::size_t(b)], last = block_start_[std::size_t(b + 1)];
    // (D + L) w = r, then (D + U) z = D w, within the block.
    const int* lower = lower_begin_.data();
    const int* diagonal = diagonal_.data();
    const int* upper = upper_end_.data();
    const double* inverse = inverse_pivot_.data();
    for (int i = first; i < last; ++i) {
      double s = r[i];
      for (int p = lower[i]; p < diagonal[i]; ++p) s -= value[p] * z[inner[p]];
      z[i] = s * inverse[i];
    }
    for (int i = last - 1; i >= first; --i) {
      double s = 0.0;
      for (int p = diagonal[i] + 1; p < upper[i]; ++p) s += value[p] * z[inner[p]];
      z[i] -= s * inverse[i];
    }
  });
}

}  // namespace gwp
