// Special functions the analytical transport solutions are written with.
#pragma once
#include <array>

namespace gwp::analytical {

// exp(a) * erfc(b), finite wherever the product is, also where exp(a) alone would overflow and
// erfc(b) alone would underflow (the second term of Ogata-Banks far down the column).
double exp_erfc(double a, double b);

// Exponential integral E1(u) = integral from u to infinity of exp(-y)/y dy, u > 0: the Theis
// well function.
double exponential_integral_e1(double u);

// Hantush's leaky well function W(u, beta) = integral from u to infinity of
// exp(-y - beta^2 / (4 y)) / y dy (Hantush and Jacob 1955), u > 0, beta >= 0, by adaptive
// Gauss-Kronrod quadrature in ln y to a relative accuracy of 1e-12. W(u, 0) = E1(u);
// W(u -> 0, beta) = 2 K0(beta). With `log_scale`, exp(log_scale) W(u, beta), the factor taken
// into the integrand so that a tiny W times a huge factor (far down a plume) stays exact; results
// below 1e-200 count as zero.
double hantush_well_function(double u, double beta, double log_scale = 0.0);

// The interval [tau_lo, tau_hi] of release times outside which the kernel exp(-a/tau - b tau)
// (a > 0, b >= 0) of an instantaneous source has fallen below e^-750 of its peak: the part of a
// time integral of a point, line or patch source worth integrating. tau_hi is infinite for b = 0.
std::array<double, 2> kernel_window(double a, double b);

}  // namespace gwp::analytical
