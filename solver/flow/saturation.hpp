// How full a convertible cell is. A convertible cell is confined while its head is above the
// cell top and unconfined below it; its saturated fraction S = (h - bottom) / (top - bottom),
// clipped to [0, 1], scales its horizontal transmissivity and its specific-yield storage.
// For Newton's method S is smoothed at both ends (MODFLOW 6's quadratic saturation function),
// so that it has a derivative everywhere.
#pragma once

namespace gwp::solver {

// Saturated thickness (m): h - bottom clipped to [0, top - bottom].
double saturated_thickness(double head, double top, double bottom);

// Width of the smoothing at each end of the cell, as a fraction of its thickness. MODFLOW 6
// uses the same default (its SATOMEGA) for the Newton formulation.
inline constexpr double kSaturationSmoothing = 1e-6;

// Smoothed saturated fraction (-): 0 below the bottom, 1 above the top, (h - bottom) / b in
// between, with quadratic pieces over eps b at each end that keep S and dS/dh continuous.
double saturated_fraction(double head, double top, double bottom,
                          double eps = kSaturationSmoothing);
// dS/dh (1/m).
double saturated_fraction_derivative(double head, double top, double bottom,
                                     double eps = kSaturationSmoothing);
// The integral of S from the cell bottom up to `head` (m). It grows like (h - bottom)^2 / 2b
// while the cell is unconfined and like h - top + b/2 above the top; specific storage uses it
// as the stored volume per unit Ss A b, so that release is exactly conserved.
double saturated_fraction_integral(double head, double top, double bottom,
                                   double eps = kSaturationSmoothing);

// Fraction of its requested rate (-) that an extracting well still takes from a convertible
// cell: 1 while the head stands more than `fraction` of the cell thickness above the bottom,
// falling smoothly (cubic, -2s^3 + 3s^2 with s = (h - bottom) / (fraction b)) to 0 at the
// bottom. This is MODFLOW 6's AUTO_FLOW_REDUCE for WEL.
double well_rate_factor(double head, double top, double bottom, double fraction);
// d(factor)/dh (1/m).
double well_rate_factor_derivative(double head, double top, double bottom, double fraction);

}  // namespace gwp::solver
