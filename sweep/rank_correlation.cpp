#include "sweep/rank_correlation.hpp"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <Eigen/QR>
#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <stdexcept>
#include <string>

#include "sweep/random_stream.hpp"

namespace gwp::sweep {

namespace {

// Order of the members by value (stable, so ties keep the members' order).
std::vector<std::size_t> order_of(const std::vector<double>& v) {
  std::vector<std::size_t> order(v.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
  return order;
}

Eigen::MatrixXd correlation_of(const Eigen::MatrixXd& x) {
  const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
  const Eigen::MatrixXd cov = centred.transpose() * centred;
  const Eigen::VectorXd sd = cov.diagonal().cwiseSqrt();
  return cov.cwiseQuotient(sd * sd.transpose());
}

}  // namespace

std::vector<double> ranks(const std::vector<double>& values) {
  const std::vector<std::size_t> order = order_of(values);
  std::vector<double> r(values.size(), 0.0);
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    const double mean_rank = 0.5 * double(i + j) + 1.0;  // ranks i+1 .. j+1
    for (std::size_t k = i; k <= j; ++k) r[order[k]] = mean_rank;
    i = j + 1;
  }
  return r;
}

double spearman(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.size() != y.size())
    throw std::invalid_argument("rank correlation of " + std::to_string(x.size()) + " and " + std::to_string(y.size()) +
                                " values");
  const std::size_t n = x.size();
  if (n < 2) return std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> rx = ranks(x), ry = ranks(y);
  const double mean = 0.5 * double(n + 1);
  double sxy = 0.0, sxx = 0.0, syy = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) * (rx[i] - mean);
    syy += (ry[i] - mean) * (ry[i] - mean);
  }
  if (sxx == 0.0 || syy == 0.0) return std::numeric_limits<double>::quiet_NaN();
  return sxy / std::sqrt(sxx * syy);
}

std::vector<double> partial_rank_correlations(const std::vector<std::vector<double>>& parameters,
                                              const std::vector<double>& y) {
  const std::size_t k = parameters.size();
  std::vector<double> out(k, std::numeric_limits<double>::quiet_NaN());
  // A parameter with no number at all (a list file's column of words) is left out of the
  // regression rather than taking every member with it.
  std::vector<std::size_t> numeric;
  for (std::size_t j = 0; j < k; ++j)
    if (std::any_of(parameters[j].begin(), parameters[j].end(), [](double v) { return !std::isnan(v); }))
      numeric.push_back(j);
  if (!numeric.empty() && numeric.size() < k) {
    std::vector<std::vector<double>> some;
    for (std::size_t j : numeric) some.push_back(parameters[j]);
    const std::vector<double> partial = partial_rank_correlations(some, y);
    for (std::size_t i = 0; i < numeric.size(); ++i) out[numeric[i]] = partial[i];
    return out;
  }
  // The members with every value.
  std::vector<std::size_t> keep;
  for (std::size_t m = 0; m < y.size(); ++m) {
    bool ok = !std::isnan(y[m]);
    for (const auto& p : parameters) ok = ok && m < p.size() && !std::isnan(p[m]);
    if (ok) keep.push_back(m);
  }
  const std::size_t n = keep.size();
  if (k == 0 || n < k + 2) return out;
  const auto ranks_of = [&](const std::vector<double>& v) {
    std::vector<double> kept;
    for (std::size_t m : keep) kept.push_back(v[m]);
    return ranks(kept);
  };
  Eigen::MatrixXd r(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(k));
  for (std::size_t j = 0; j < k; ++j) {
    const std::vector<double> rj = ranks_of(parameters[j]);
    for (std::size_t i = 0; i < n; ++i) r(Eigen::Index(i), Eigen::Index(j)) = rj[i];
  }
  const std::vector<double> ry_values = ranks_of(y);
  const Eigen::VectorXd ry = Eigen::Map<const Eigen::VectorXd>(ry_values.data(), Eigen::Index(n));
  for (std::size_t j = 0; j < k; ++j) {
    // The other parameters' ranks and an intercept.
    Eigen::MatrixXd others(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(k));
    others.col(0).setOnes();
    for (std::size_t c = 0, col = 1; c < k; ++c)
      if (c != j) others.col(Eigen::Index(col++)) = r.col(Eigen::Index(c));
    const auto solver = others.colPivHouseholderQr();
    const Eigen::VectorXd ex = r.col(Eigen::Index(j)) - others * solver.solve(Eigen::VectorXd(r.col(Eigen::Index(j))));
    const Eigen::VectorXd ey = ry - others * solver.solve(ry);
    const double sx = ex.norm(), sy = ey.norm();
    // Residuals at the rounding of the ranks (about n * 1e-16 of n) count as none.
    const double tiny = 1e-9 * double(n);
    if (sx > tiny && sy > tiny) out[j] = ex.dot(ey) / (sx * sy);
  }
  return out;
}

void impose_rank_correlation(std::vector<std::vector<double>>& samples, const std::vector<std::vector<double>>& target,
                             std::uint64_t seed) {
  const std::size_t m = samples.size(), k = target.size();
  if (m < 3) throw std::invalid_argument("rank correlations need at least three members");
  for (const auto& row : samples)
    if (row.size() != k) throw std::invalid_argument("a member has a value for another number of parameters");
  Eigen::MatrixXd wanted(k, k);
  for (std::size_t a = 0; a < k; ++a) {
    if (target[a].size() != k) throw std::invalid_argument("the rank correlations are not a square table");
    for (std::size_t b = 0; b < k; ++b) {
      const double r = target[a][b];
      if (a == b ? r != 1.0 : !(std::abs(r) < 1.0) || r != target[b][a])
        throw std::invalid_argument("rank correlations need ones on the diagonal and symmetric values in (-1, 1)");
      // The Pearson correlation of normal scores that gives rank correlation r.
      wanted(Eigen::Index(a), Eigen::Index(b)) = a == b ? 1.0 : 2.0 * std::sin(std::numbers::pi * r / 6.0);
    }
  }
  const Eigen::LLT<Eigen::MatrixXd> target_factor(wanted);
  if (target_factor.info() != Eigen::Success)
    throw std::invalid_argument("the rank correlations asked for are not consistent (not positive definite)");

  // Van der Waerden scores, each column in its own random order.
  const boost::math::normal_distribution<double> standard;
  std::vector<double> score(m);
  for (std::size_t i = 0; i < m; ++i) score[i] = boost::math::quantile(standard, double(i + 1) / double(m + 1));
  RandomStream random(seed);
  Eigen::MatrixXd s(m, k);
  std::vector<double> column(m);
  for (std::size_t c = 0; c < k; ++c) {
    column = score;
    for (std::size_t i = m; i > 1; --i) std::swap(column[i - 1], column[random.below(i)]);
    for (std::size_t i = 0; i < m; ++i) s(Eigen::Index(i), Eigen::Index(c)) = column[i];
  }
  // Undo the scores' chance correlation, then give them the wanted one.
  const Eigen::LLT<Eigen::MatrixXd> actual(correlation_of(s));
  if (actual.info() != Eigen::Success) throw std::invalid_argument("too few members for the rank correlations asked for");
  const Eigen::MatrixXd le_inv_t = actual.matrixL().solve(Eigen::MatrixXd::Identity(Eigen::Index(k), Eigen::Index(k))).transpose();
  const Eigen::MatrixXd corrected = s * le_inv_t * Eigen::MatrixXd(target_factor.matrixL()).transpose();

  // Each parameter's values, sorted, go to the members in the order of the corrected scores.
  for (std::size_t c = 0; c < k; ++c) {
    std::vector<double> values(m), keys(m);
    for (std::size_t i = 0; i < m; ++i) {
      values[i] = samples[i][c];
      keys[i] = corrected(Eigen::Index(i), Eigen::Index(c));
    }
    std::sort(values.begin(), values.end());
    const std::vector<std::size_t> order = order_of(keys);
    for (std::size_t r = 0; r < m; ++r) samples[order[r]][c] = values[r];
  }
}

}  // namespace gwp::sweep
