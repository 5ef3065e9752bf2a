// Adaptive Gauss-Kronrod (7-point Gauss, 15-point Kronrod) quadrature on a finite interval.
// The analytical solutions of the verification problems are integrals over time or over a
// source; this is the one integrator they share. Global adaptive strategy (as QUADPACK's QAG):
// the interval with the largest error estimate is halved until the summed estimate meets the
// tolerance.
#pragma once
#include <functional>

namespace gwp::analytical {

struct QuadratureResult {
  double value = 0.0;
  double error = 0.0;     // estimated absolute error
  int intervals = 0;      // subintervals used
  bool converged = false; // error <= max(abs_tol, rel_tol |value|)
};

struct QuadratureTolerance {
  double absolute = 1e-14;
  double relative = 1e-10;
  int max_intervals = 2000;
};

// Integral of f over [a, b] (a > b gives the negative of [b, a]).
QuadratureResult integrate(const std::function<double(double)>& f, double a, double b,
                           const QuadratureTolerance& tolerance = {});

// The same, but throws std::runtime_error naming `what` when the tolerance is not met.
double integrate_or_throw(const std::function<double(double)>& f, double a, double b, const char* what,
                          const QuadratureTolerance& tolerance = {});

}  // namespace gwp::analytical
