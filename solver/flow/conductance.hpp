// Conductances and the flux laws of head-dependent boundaries: small pure functions, each
// with its units, each tested on its own. A conductance C (m2/d) turns a head difference (m)
// into a flow (m3/d).
#pragma once

namespace gwp::solver {

// Horizontal conductance between two cells in series (harmonic mean of the half-cells):
//   C = w / (d1 / T1 + d2 / T2)
// T1, T2: transmissivity K b of each cell (m2/d); d1, d2: distance from each cell centre to
// the shared face (m); w: face width (m). Zero when either transmissivity is zero.
double horizontal_conductance(double t1, double d1, double t2, double d2, double width);

// Vertical conductance between two stacked cells, half of each in series:
//   C = A / (b1 / (2 Kv1) + b2 / (2 Kv2))
// kv1, kv2: vertical hydraulic conductivity (m/d); b1, b2: cell thickness (m); A: plan area
// (m2). Zero when either conductivity is zero.
double vertical_conductance(double kv1, double b1, double kv2, double b2, double area);

// Peaceman effective radius (m) of a well in an isotropic cell of size dx by dy (m): the
// radius at which the cell-centred head equals the Thiem head, 0.28 sqrt(dx^2 + dy^2) / 2,
// about 0.198 dx for a square cell.
double peaceman_radius(double dx, double dy);
// The anisotropic form (Peaceman 1983), as MODFLOW 6 MAW uses it, with kx, ky (m/d) along
// dx and dy:
//   r_e = 0.28 sqrt( sqrt(ky/kx) dx^2 + sqrt(kx/ky) dy^2 ) / ( (ky/kx)^1/4 + (kx/ky)^1/4 )
double peaceman_radius(double dx, double dy, double kx, double ky);

// Thiem conductance between an aquifer cell and a well bore of radius rw (m) through it:
//   C = 2 pi K b / ln(re / rw)
// K: horizontal conductivity (m/d; sqrt(kx ky) when anisotropic), b: open thickness in the
// cell (m), re: effective radius of the cell (m). Throws std::invalid_argument unless re > rw.
double thiem_conductance(double k, double b, double re, double rw);

// Conductance of a bore, or of its fill or plug, along its axis: C = pi r^2 K / L.
// r: bore radius (m), K: conductivity of the bore or its fill (m/d), L: length (m).
double bore_conductance(double radius, double k, double length);

// River bed conductance C = K A / M from bed conductivity K (m/d), bed thickness M (m) and bed
// area A (m2).
double riverbed_conductance(double k_bed, double thickness, double area);

// A head-dependent flow into the aquifer (m3/d) and its derivative with respect to the
// aquifer head (m2/d), for Newton's method.
struct HeadDependentFlow {
  double q = 0.0;      // m3/d, positive into the aquifer
  double dq_dh = 0.0;  // m2/d
};

// General head: q = C (level - h).
HeadDependentFlow general_head_flow(double conductance, double level, double head);
// River: q = C (stage - h) while h is above the bed bottom; below it the leakage is limited to
// C (stage - bottom) and no longer depends on h.
HeadDependentFlow river_flow(double conductance, double stage, double bottom, double head);
// Drain: q = C (level - h) while h is above the drain level (outflow), else 0.
HeadDependentFlow drain_flow(double conductance, double level, double head);

}  // namespace gwp::solver
