#include "analytical/reference_column.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace gwp::analytical {
namespace {

// The column's geometry and the coefficients of its (linear in C) mass fluxes: the net inflow
// into cell i is lower[i] C[i-1] + diag[i] C[i] + upper[i] C[i+1] + inlet_weight * c_in (i = 0).
struct Discretisation {
  std::vector<double> centre, volume;        // m, m3 (bulk)
  std::vector<double> lower, diag, upper;    // m3/d
  double inlet_weight = 0.0;                 // m3/d, multiplies the inlet concentration in cell 0
};

double face_area(const ReferenceColumn& c, double x) {
  return c.geometry == ReferenceColumn::Geometry::linear ? c.area : 2.0 * std::numbers::pi * x * c.area;
}

// theta A D / distance across one face, after checking that central weighting is accurate there.
double dispersive_conductance(const ReferenceColumn& c, double x, double distance) {
  const double a = face_area(c, x);
  const double v = c.flow / (c.porosity * a);
  const double d = c.dispersivity * v + c.diffusion;
  if (!(d > 0.0) || v * distance / d > 2.0)
    throw std::invalid_argument("reference column: cell Peclet number " + std::to_string(v * distance / d) +
                                " above 2 at x = " + std::to_string(x) + " m; use more cells");
  return c.porosity * a * d / distance;
}

Discretisation discretise(const ReferenceColumn& c) {
  if (c.cells < 2 || !(c.outer > c.inner) || !(c.flow > 0.0) || !(c.porosity > 0.0) || !(c.area > 0.0) ||
      !(c.step > 0.0) || !c.inlet_concentration)
    throw std::invalid_argument("reference column: needs cells >= 2, outer > inner, Q > 0, theta > 0, "
                                "area > 0, step > 0 and an inlet concentration");
  if (c.geometry == ReferenceColumn::Geometry::radial && !(c.inner > 0.0))
    throw std::invalid_argument("reference column: a radial column needs an inner radius > 0");
  const int n = c.cells;
  const double dx = (c.outer - c.inner) / n;
  const double q = c.flow;
  Discretisation d;
  d.centre.resize(std::size_t(n));
  d.volume.resize(std::size_t(n));
  d.lower.assign(std::size_t(n), 0.0);
  d.diag.assign(std::size_t(n), 0.0);
  d.upper.assign(std::size_t(n), 0.0);
  for (int i = 0; i < n; ++i) {
    const double x0 = c.inner + i * dx, x1 = x0 + dx;
    d.centre[std::size_t(i)] = 0.5 * (x0 + x1);
    d.volume[std::size_t(i)] = c.geometry == ReferenceColumn::Geometry::linear
                                   ? c.area * dx
                                   : std::numbers::pi * (x1 * x1 - x0 * x0) * c.area;
  }
  // Internal faces: central advection and two-point dispersion.
  for (int f = 1; f < n; ++f) {
    const double g = dispersive_conductance(c, c.inner + f * dx, dx);
    const std::size_t up = std::size_t(f - 1), down = std::size_t(f);
    d.diag[up] += -0.5 * q - g;
    d.upper[up] += -0.5 * q + g;
    d.lower[down] += 0.5 * q + g;
    d.diag[down] += 0.5 * q - g;
  }
  // Inlet face: held concentration half a cell from the first centre, or a given mass inflow.
  if (c.inlet == ReferenceColumn::Inlet::concentration) {
    const double g = dispersive_conductance(c, c.inner, 0.5 * dx);
    d.diag[0] += -g;
    d.inlet_weight = q + g;
  } else {
    d.inlet_weight = q;
  }
  // Outlet face: the water leaves at the concentration of the last cell.
  d.diag[std::size_t(n - 1)] += -q;
  return d;
}

// Thomas algorithm for a tridiagonal system a x[i-1] + b x[i] + c x[i+1] = r (overwrites r).
void solve_tridiagonal(const std::vector<double>& a, std::vector<double> b, const std::vector<double>& c,
                       std::vector<double>& r) {
  const std::size_t n = b.size();
  for (std::size_t i = 1; i < n; ++i) {
    const double m = a[i] / b[i - 1];
    b[i] -= m * c[i - 1];
    r[i] -= m * r[i - 1];
  }
  r[n - 1] /= b[n - 1];
  for (std::size_t i = n - 1; i-- > 0;) r[i] = (r[i] - c[i] * r[i + 1]) / b[i];
}

// C(u), extended as an odd function to the tiny negative totals that BDF2 may produce just ahead
// of a steep front, so that the Newton iterations never need to clip.
double dissolved(const ReferenceColumn& c, double u, double guess) {
  const double m = dissolved_from_total(c.sorption, c.porosity, c.bulk_density, std::abs(u), std::abs(guess));
  return u < 0.0 ? -m : m;
}

long step_count(double time, double step, const char* what) {
  const double n = std::round(time / step);
  if (std::abs(n * step - time) > 1e-9 * std::max(time, step))
    throw std::invalid_argument(std::string("reference column: ") + what + " " + std::to_string(time) +
                                " d is not a multiple of the step " + std::to_string(step) + " d");
  return long(n);
}

}  // namespace

std::vector<ReferenceProfile> solve_reference_column(const ReferenceColumn& c, const std::vector<double>& times) {
  const Discretisation d = discretise(c);
  const std::size_t n = d.volume.size();
  std::vector<long> outputs, restarts;
  for (double t : times) outputs.push_back(step_count(t, c.step, "output time"));
  for (double t : c.inlet_changes) restarts.push_back(step_count(t, c.step, "inlet change"));
  if (outputs.empty() || outputs.front() <= 0 ||
      std::adjacent_find(outputs.begin(), outputs.end(), [](long a, long b) { return b <= a; }) != outputs.end())
    throw std::invalid_argument("reference column: output times must be positive and strictly increasing");

  const double theta = c.porosity, rho = c.bulk_density, dt = c.step;
  std::vector<double> u(n, 0.0), u_old(n, 0.0), u_older(n, 0.0), conc(n, 0.0), slope(n, 0.0);
  std::vector<double> residual(n), jac_lower(n), jac_diag(n), jac_upper(n);
  std::vector<ReferenceProfile> profiles;
  double mass_in = 0.0, mass_out = 0.0;
  bool history = false;  // whether u_older holds the state one step before u_old (BDF2)
  std::size_t next_output = 0;
  for (long k = 1; next_output < outputs.size(); ++k) {
    const double t_mid = (double(k) - 0.5) * dt;
    const double c_in = c.inlet_concentration(t_mid);
    // BDF2: (3 u - 4 u_old + u_older) / (2 dt); backward Euler when there is no history.
    const double a0 = history ? 1.5 : 1.0, a1 = history ? -2.0 : -1.0, a2 = history ? 0.5 : 0.0;
    double scale = total_mass(c.sorption, theta, rho, c_in);
    for (double x : u_old) scale = std::max(scale, x);
    const double tolerance = 1e-13 * std::max(scale, 1e-300);
    bool converged = false;
    for (int it = 0; it < 60 && !converged; ++it) {
      for (std::size_t i = 0; i < n; ++i) {
        conc[i] = dissolved(c, u[i], conc[i]);
        slope[i] = 1.0 / (theta + rho * sorbed_slope(c.sorption, std::abs(conc[i])));  // dC/du
      }
      for (std::size_t i = 0; i < n; ++i) {
        double inflow = d.diag[i] * conc[i];
        if (i > 0) inflow += d.lower[i] * conc[i - 1];
        if (i + 1 < n) inflow += d.upper[i] * conc[i + 1];
        if (i == 0) inflow += d.inlet_weight * c_in;
        const double storage = d.volume[i] * (a0 * u[i] + a1 * u_old[i] + a2 * u_older[i]) / dt;
        residual[i] = -(storage + c.decay * d.volume[i] * u[i] - inflow);
        jac_diag[i] = d.volume[i] * (a0 / dt + c.decay) - d.diag[i] * slope[i];
        jac_lower[i] = i > 0 ? -d.lower[i] * slope[i - 1] : 0.0;
        jac_upper[i] = i + 1 < n ? -d.upper[i] * slope[i + 1] : 0.0;
      }
      solve_tridiagonal(jac_lower, jac_diag, jac_upper, residual);
      double largest = 0.0;
      for (std::size_t i = 0; i < n; ++i) {
        largest = std::max(largest, std::abs(residual[i]));
        u[i] += residual[i];
      }
      converged = largest <= tolerance;
    }
    if (!converged)
      throw std::runtime_error("reference column: Newton iterations did not converge at t = " + std::to_string(k * dt) + " d");
    for (std::size_t i = 0; i < n; ++i) conc[i] = dissolved(c, u[i], conc[i]);
    const double g0 = d.inlet_weight - c.flow;  // dispersive part of the inlet face (0 for a flux inlet)
    mass_in += dt * (d.inlet_weight * c_in - g0 * conc[0]);
    mass_out += dt * c.flow * conc[n - 1];
    u_older = u_old;
    u_old = u;
    history = std::find(restarts.begin(), restarts.end(), k) == restarts.end();
    if (k == outputs[next_output]) {
      ReferenceProfile p;
      p.time = double(k) * dt;
      p.position = d.centre;
      p.concentration = conc;
      for (std::size_t i = 0; i < n; ++i) p.mass += u[i] * d.volume[i];
      p.mass_in = mass_in;
      p.mass_out = mass_out;
      profiles.push_back(std::move(p));
      ++next_output;
    }
  }
  return profiles;
}

double profile_at(const ReferenceProfile& p, double x) {
  const auto& xs = p.position;
  if (xs.empty()) throw std::invalid_argument("profile_at: empty profile");
  if (x <= xs.front()) return p.concentration.front();
  if (x >= xs.back()) return p.concentration.back();
  const std::size_t j = std::size_t(std::upper_bound(xs.begin(), xs.end(), x) - xs.begin());
  const double w = (x - xs[j - 1]) / (xs[j] - xs[j - 1]);
  return (1.0 - w) * p.concentration[j - 1] + w * p.concentration[j];
}

}  // namespace gwp::analytical
