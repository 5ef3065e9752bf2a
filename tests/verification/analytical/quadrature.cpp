#include "analytical/quadrature.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <queue>
#include <stdexcept>
#include <string>
#include <vector>

namespace gwp::analytical {
namespace {

// Abscissae of the 15-point Kronrod rule on [-1, 1] (the positive half; the odd-indexed ones
// are the 7-point Gauss abscissae) and the weights of both rules (Piessens et al., QUADPACK, 1983).
constexpr std::array<double, 8> kNodes = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
constexpr std::array<double, 8> kKronrodWeights = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
constexpr std::array<double, 4> kGaussWeights = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

struct Piece {
  double a = 0.0, b = 0.0, value = 0.0, error = 0.0;
  bool operator<(const Piece& o) const { return error < o.error; }  // max-heap on error
};

Piece gauss_kronrod(const std::function<double(double)>& f, double a, double b) {
  const double centre = 0.5 * (a + b), half = 0.5 * (b - a);
  const double fc = f(centre);
  double kronrod = fc * kKronrodWeights[7];
  double gauss = fc * kGaussWeights[3];
  for (int k = 0; k < 7; ++k) {
    const double dx = half * kNodes[std::size_t(k)];
    const double pair = f(centre - dx) + f(centre + dx);
    kronrod += kKronrodWeights[std::size_t(k)] * pair;
    if (k % 2 == 1) gauss += kGaussWeights[std::size_t(k / 2)] * pair;
  }
  Piece p{a, b, kronrod * half, std::abs((kronrod - gauss) * half)};
  if (!std::isfinite(p.value)) throw std::runtime_error("quadrature: integrand not finite on [" +
                                                        std::to_string(a) + ", " + std::to_string(b) + "]");
  return p;
}

}  // namespace

QuadratureResult integrate(const std::function<double(double)>& f, double a, double b,
                           const QuadratureTolerance& tol) {
  if (a == b) return {0.0, 0.0, 0, true};
  if (a > b) {
    QuadratureResult r = integrate(f, b, a, tol);
    r.value = -r.value;
    return r;
  }
  std::priority_queue<Piece> pieces;
  Piece first = gauss_kronrod(f, a, b);
  double value = first.value, error = first.error;
  pieces.push(first);
  // The error estimate cannot fall below the rounding of the sum, about 50 eps |value|.
  auto target = [&] {
    return std::max({tol.absolute, tol.relative * std::abs(value), 50.0 * std::numeric_limits<double>::epsilon() * std::abs(value)});
  };
  while (error > target() && int(pieces.size()) < tol.max_intervals) {
    const Piece worst = pieces.top();
    pieces.pop();
    const double mid = 0.5 * (worst.a + worst.b);
    if (!(mid > worst.a && mid < worst.b)) {  // the interval cannot be halved any more
      pieces.push(worst);
      break;
    }
    const Piece left = gauss_kronrod(f, worst.a, mid), right = gauss_kronrod(f, mid, worst.b);
    value += left.value + right.value - worst.value;
    error += left.error + right.error - worst.error;
    pieces.push(left);
    pieces.push(right);
  }
  // Re-sum from the pieces: the running sums above collect rounding over many updates.
  QuadratureResult r;
  r.intervals = int(pieces.size());
  while (!pieces.empty()) {
    r.value += pieces.top().value;
    r.error += pieces.top().error;
    pieces.pop();
  }
  // Judged on the running sums the loop stopped on (re-summing changes them by rounding only).
  r.converged = error <= target();
  return r;
}

double integrate_or_throw(const std::function<double(double)>& f, double a, double b, const char* what,
                          const QuadratureTolerance& tol) {
  const QuadratureResult r = integrate(f, a, b, tol);
  if (!r.converged)
    throw std::runtime_error(std::string(what) + ": quadrature did not converge (estimate " +
                             std::to_string(r.value) + ", error " + std::to_string(r.error) + " after " +
                             std::to_string(r.intervals) + " intervals)");
  return r.value;
}

}  // namespace gwp::analytical
