#include "analytical/chain_column.hpp"

#include <cmath>
#include <complex>
#include <stdexcept>

namespace gwp::analytical {

namespace {

using Complex = std::complex<double>;

// The Laplace transforms of c_i(x, .) at s.
std::vector<Complex> transformed(const ChainColumn& p, double x, Complex s) {
  const std::size_t n = p.retardation.size();
  const double v = p.velocity, d = p.dispersion;
  std::vector<Complex> r(n), term(n);
  for (std::size_t j = 0; j < n; ++j) {
    const Complex a = p.retardation[j] * s + p.decay[j] * p.retardation[j];
    r[j] = (v - std::sqrt(v * v + 4.0 * d * a)) / (2.0 * d);
  }
  // A[i][j], row by row; only the previous row is needed.
  std::vector<Complex> previous(n, 0.0), row(n, 0.0), out(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    std::fill(row.begin(), row.end(), Complex(0.0));
    Complex sum = 0.0;
    const double ki = p.decay[i] * p.retardation[i];
    for (std::size_t j = 0; j < i; ++j) {
      const double kprev = p.decay[i - 1] * p.retardation[i - 1];
      const double kj = p.decay[j] * p.retardation[j];
      row[j] = p.yield[i] * kprev * previous[j] / ((p.retardation[i] - p.retardation[j]) * s + ki - kj);
      sum += row[j];
    }
    row[i] = p.inlet[i] / s - sum;
    for (std::size_t j = 0; j <= i; ++j) out[i] += row[j] * std::exp(r[j] * x);
    previous = row;
  }
  return out;
}

}  // namespace

std::vector<double> chain_column(const ChainColumn& p, double x, double t) {
  const std::size_t n = p.retardation.size();
  if (p.decay.size() != n || p.yield.size() != n || p.inlet.size() != n)
    throw std::invalid_argument("chain_column: one retardation, decay, yield and inlet per species");
  if (!(p.velocity > 0.0) || !(p.dispersion > 0.0) || !(t > 0.0) || x < 0.0)
    throw std::invalid_argument("chain_column: needs v > 0, D > 0, t > 0, x >= 0");
  // Fixed Talbot: f(t) = r/M [ F(r) e^{r t} / 2 + sum_k Re( e^{t s_k} F(s_k) (1 + i sigma_k) ) ],
  // s_k = r theta_k (cot theta_k + i), sigma_k = theta_k + (theta_k cot theta_k - 1) cot theta_k,
  // theta_k = k pi / M, r = 2 M / (5 t).
  constexpr int kNodes = 32;
  const double r = 2.0 * kNodes / (5.0 * t);
  std::vector<double> out(n, 0.0);
  {
    const std::vector<Complex> f = transformed(p, x, Complex(r, 0.0));
    for (std::size_t i = 0; i < n; ++i) out[i] += 0.5 * std::exp(r * t) * f[i].real();
  }
  const double pi = std::acos(-1.0);
  for (int k = 1; k < kNodes; ++k) {
    const double theta = k * pi / kNodes, cot = 1.0 / std::tan(theta);
    const Complex s(r * theta * cot, r * theta);
    const Complex weight = std::exp(t * s) * Complex(1.0, theta + (theta * cot - 1.0) * cot);
    const std::vector<Complex> f = transformed(p, x, s);
    for (std::size_t i = 0; i < n; ++i) out[i] += (weight * f[i]).real();
  }
  for (double& c : out) c *= r / kNodes;
  return out;
}

}  // namespace gwp::analytical
