// One step of one species, in the stages of transport_solver.hpp: the limited correction at the
// start of the step, the low-order solve (with Newton iterations where the equations are
// nonlinear), the limited temporal correction, the budget. Members of TransportSolver.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/errors.hpp"
#include "solver/common/parallel.hpp"
#include "solver/common/stopwatch.hpp"
#include "solver/linear/linear_solver.hpp"
#include "solver/transport/flux_correction.hpp"
#include "solver/transport/parallel_sum.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::solver {

namespace {

// Passes of the flux limiter per correction (see flux_correction.hpp): at most kLimiterPasses,
// and no more once a pass moves less than kLimiterPassShare of the mass the first one moved.
// At Courant numbers up to about 1 the first pass applies nearly everything; at larger ones
// each further pass lets the correction reach one cell further, which is what keeps a front
// sharp there (the 10-90 % width of the sharp front of test_transport_tvd_bounds at Courant 5
// is 71 m after one pass and 43 m after eight; upwind's is 77 m).
constexpr int kLimiterPasses = 8;
constexpr double kLimiterPassShare = 0.25;

std::string step_label(const std::string& species, double t0, double t1) {
  char text[200];
  std::snprintf(text, sizeof text, "transport of species '%s' over the step from t = %.6g d to %.6g d",
                species.c_str(), t0, t1);
  return text;
}

}  // namespace

void TransportSolver::step(std::size_t s, double t0, double t1) {
  StepView v = view(s, t0, t1);
  system_.prepare_step(v);
  for (std::vector<double>& f : species_[s].watched_flux) std::fill(f.begin(), f.end(), 0.0);
  for (std::int64_t n : system_.fixed.held_cells()) held_correction_[std::size_t(n)] = 0.0;
  {
    const ScopedTimer timer(times_.corrections);
    correct_before(s, v);
  }
  v.c_old = c_start_.data();  // the implicit solve starts from the corrected concentrations
  solve_low_order(s, v);
  {
    const ScopedTimer timer(times_.corrections);
    correct_after(s, v);
    flush_tiny(s);
  }
  {
    const ScopedTimer timer(times_.budget);
    account(s, v);
    add_watched_low_order(s, v);
  }
  species_[s].c.swap(c_new_);
}

void TransportSolver::flush_tiny(std::size_t s) {
  // An implicit step gives every cell downstream of a plume some concentration, however small:
  // an exponential tail that would reach the whole model and sink into subnormal numbers (on
  // which arithmetic is a hundred times slower). Below 1e-20 of the species' scale (sixteen
  // orders under the smallest limit of interest, docs/guigang-site.md section 10) it is set to
  // zero, so the corrections, which skip links of equal concentrations, work only where the plume
  // is. The mass dropped is below 1e-20 of the scale times the model's water, far under the
  // budget's tolerance.
  const double below = tiny(s);
  parallel_for(0, std::int64_t(c_new_.size()), [&](std::int64_t n) {
    if (std::abs(c_new_[std::size_t(n)]) < below) c_new_[std::size_t(n)] = 0.0;
  });
}

void TransportSolver::solve_linear_system(std::size_t s, const StepView& v, bool same_matrix) {
  const CellMatrix& cm = system_.cells();
  const std::int64_t rows = system_.rows();
  const TransportSettings& set = problem_.settings;
  auto warm_start = [&]() {
    parallel_for(0, rows, [&](std::int64_t r) { x_[r] = v.c_iter[std::size_t(cm.cell_of_row[std::size_t(r)])]; });
  };
  // The preferred solver, then the diagonal preconditioner, then Eigen's BiCGSTAB with a
  // threshold incomplete LU (which allocates, but runs only when the others fail).
  KrylovResult tried[2];
  for (int k = 0; k < 2; ++k) {
    warm_start();
    tried[k] = krylov_.solve(system_.matrix(), system_.rhs(), x_, set.max_linear_iterations, set.linear_tolerance,
                             k == 0 ? Preconditioner::incomplete_lu : Preconditioner::jacobi, same_matrix);
    linear_iterations_ += tried[k].iterations;
    if (tried[k].converged) break;
  }
  if (!tried[0].converged && !tried[1].converged) {
    warm_start();
    const LinearResult last = solve_linear(system_.matrix(), system_.rhs(), x_, LinearMethod::bicgstab,
                                           set.max_linear_iterations, set.linear_tolerance);
    linear_iterations_ += last.iterations;
    if (!last.converged) {
      char detail[500];
      std::snprintf(detail, sizeof detail,
                    ": the linear solve did not converge (tolerance %.3g; %s: relative residual %.3g after %d "
                    "iterations; %s: %.3g after %d; %s: %.3g after %d)",
                    set.linear_tolerance, method_name(Preconditioner::incomplete_lu), tried[0].relative_residual,
                    tried[0].iterations, method_name(Preconditioner::jacobi), tried[1].relative_residual,
                    tried[1].iterations, last.method.c_str(), last.relative_residual, last.iterations);
      throw ModelFailure(step_label(problem_.species[s].name, v.t0, v.t1) + detail);
    }
  }
  solve_dry_rows(s);
  parallel_for(0, rows, [&](std::int64_t r) { u_low_[std::size_t(cm.cell_of_row[std::size_t(r)])] = x_[r]; });
}

void TransportSolver::solve_dry_rows(std::size_t s) {
  // A cell without water that still passes a little holds no mass: what leaves it is what
  // enters, so its concentration is the mean of the water flowing in, weighted by that water.
  // Its row in the matrix is its small throughput (and the flow solution's residual there,
  // which on a dry cell may be as large), so neither the row nor the Krylov tolerance, relative
  // to the whole system, pins its value down (-0.1 mg/L seen): it is set here from the solved
  // neighbours instead, sweeping the dry cells until their values settle (a chain of dry cells
  // passing water on to each other takes a sweep a cell, in the worst order).
  constexpr int kSweeps = 20;
  for (int sweep = 0; sweep < kSweeps; ++sweep)
    if (!(set_dry_rows() > 1e-12 * species_[s].scale)) break;
}

double TransportSolver::set_dry_rows() {
  const CellMatrix& cm = system_.cells();
  const Connections& links = *links_;
  double largest_change = 0.0;
  for (std::int32_t r : dry_rows_) {
    const std::int64_t cell = cm.cell_of_row[std::size_t(r)];
    const std::size_t c = std::size_t(cell);
    // Held cells keep their value; so do frozen ones (what flows in is a trickle).
    const double water = flow_state_.water_inflow[c];  // m3/d, through links and terms
    if (system_.fixed.held(cell) || !(water > 0.0) || system_.frozen_cell(cell, flow_state_)) continue;
    double mass = system_.sources.inflow_mass(cell);
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
      const std::int64_t link = links.adjacency_link[std::size_t(e)];
      const double q = flow_state_.link_flow[std::size_t(link)];  // m3/d, n -> m
      const bool cell_is_n = links.n[std::size_t(link)] == cell;
      const double in = cell_is_n ? -q : q;
      if (!(in > 0.0)) continue;
      const std::int32_t from = cm.row_of_cell[std::size_t(cell_is_n ? links.m[std::size_t(link)] : links.n[std::size_t(link)])];
      if (from >= 0) mass += in * x_[from];
    }
    largest_change = std::max(largest_change, std::abs(mass / water - x_[r]));
    x_[r] = mass / water;
  }
  return largest_change;
}

void TransportSolver::solve_low_order(std::size_t s, StepView& v) {
  Species& sp = species_[s];
  const Grid& g = *problem_.grid;
  const std::int64_t cells = g.cell_count();
  const bool iterate = sp.nonlinear || sp.zero_order_loss;
  std::copy(v.c_old, v.c_old + cells, c_iter_.begin());
  std::copy(v.c_old, v.c_old + cells, u_low_.begin());  // inactive cells keep their values
  v.c_iter = c_iter_.data();
  if (sp.zero_order_loss) {
    std::fill(zero_scale_.begin(), zero_scale_.end(), 1.0);
    v.zero_order_scale = zero_scale_.data();
  }
  const CellMatrix& cm = system_.cells();
  const double* values = system_.matrix().valuePtr();
  const std::vector<double>& gamma = problem_.species[s].zero_order;
  // A cell counts as driven below zero when it is more negative than the iterations' tolerance
  // (a cell the loss has emptied comes out at zero give or take the linear solver's rounding).
  const double negative = -problem_.settings.nonlinear_tolerance * sp.scale;
  double change = 0.0, size = 0.0;
  for (int k = 1;; ++k) {
    last_nonlinear_iterations_ = k;
    bool changed;
    {
      const ScopedTimer timer(times_.assembly);
      changed = system_.assemble(v);
    }
    {
      const ScopedTimer timer(times_.linear_solve);
      solve_linear_system(s, v, !changed);
    }
    if (!iterate) break;
    change = size = 0.0;
    bool limited = false;
    for (std::int64_t r = 0; r < system_.rows(); ++r) {
      const std::int64_t cell = cm.cell_of_row[std::size_t(r)];
      const std::size_t c = std::size_t(cell);
      change = std::max(change, std::abs(u_low_[c] - c_iter_[c]));
      size = std::max(size, std::abs(u_low_[c]));
      if (!sp.zero_order_loss || !(gamma[c] < 0.0) || !(u_low_[c] < negative) || system_.fixed.held(cell)) continue;
      const double loss = -gamma[c] * v.water_new(cell);  // g/d at full rate
      const double scale = limited_loss_scale(loss, values[cm.diagonal[std::size_t(r)]], u_low_[c], zero_scale_[c]);
      if (scale < zero_scale_[c]) {
        zero_scale_[c] = scale;
        limited = true;
      }
    }
    std::copy(u_low_.begin(), u_low_.begin() + cells, c_iter_.begin());
    if (!limited && change <= problem_.settings.nonlinear_tolerance * size) break;
    if (k >= problem_.settings.max_nonlinear_iterations) {
      fail_nonlinear(s, v, change, size);
      return;
    }
  }
}

void TransportSolver::fail_nonlinear(std::size_t s, const StepView& v, double change, double size) const {
  char detail[300];
  std::snprintf(detail, sizeof detail,
                ": the nonlinear iterations (sorption, zero-order loss) did not converge in %d: the largest "
                "concentration change of the last was %.3g mg/L (%.3g of the largest concentration, "
                "tolerance %.3g)",
                problem_.settings.max_nonlinear_iterations, change, size > 0.0 ? change / size : 0.0,
                problem_.settings.nonlinear_tolerance);
  throw ModelFailure(step_label(problem_.species[s].name, v.t0, v.t1) + detail);
}

void TransportSolver::apply_corrections(const StepView& v, double t, const double* base, const double* a,
                                        const double* b, double* out) {
  const Connections& links = *links_;
  const std::int64_t cells = links.cell_count;
  const SpeciesProblem& sp = *v.species;
  const bool sorbs = sp.sorption != SorptionModel::none;
  const double dt = v.dt();
  std::copy(base, base + cells, out);
  limiter_.sum_fluxes(link_flux_);
  limiter_.local_bounds(usable_, a, b, low_, high_);
  parallel_for(0, cells, [&](std::int64_t n) {
    if (limiter_.touched(n)) system_.sources.widen_bounds(n, low_[std::size_t(n)], high_[std::size_t(n)]);
  });
  // What a cell holds at time t per unit concentration: water and solids.
  auto capacity_of = [&](std::int64_t n) {
    const std::size_t c = std::size_t(n);
    const double volume = flow_state_.volume_at(n, t);
    return CellCapacity{problem_.porosity[c] * volume, sorbs ? problem_.bulk_density[c] * volume : 0.0};
  };
  constexpr double kUnlimited = std::numeric_limits<double>::infinity();
  double first_moved = 0.0;
  for (int pass = 0; pass < kLimiterPasses; ++pass) {
    parallel_for(0, cells, [&](std::int64_t n) {
      if (!limiter_.touched(n)) return;
      const std::size_t c = std::size_t(n);
      // A held cell keeps its value whatever reaches it; the holding takes the mass (account()).
      if (!usable_[c]) limiter_.set_room(n, 0.0, 0.0, dt);
      else if (system_.fixed.held(n)) limiter_.set_room(n, kUnlimited, -kUnlimited, dt);
      else {
        const CellCapacity cap = capacity_of(n);
        const Isotherm iso = sorbs ? isotherm_of(sp, n) : Isotherm{};
        const double now = gwp::solver::cell_mass(cap, iso, out[c]);
        limiter_.set_room(n, std::max(0.0, gwp::solver::cell_mass(cap, iso, high_[c]) - now),
                          std::min(0.0, gwp::solver::cell_mass(cap, iso, low_[c]) - now), dt);
      }
    });
    limiter_.apply(link_flux_, dt, mass_change_);
    for (std::int64_t n : system_.fixed.held_cells())
      if (limiter_.in_region(n)) held_correction_[std::size_t(n)] += mass_change_[std::size_t(n)];
    const double moved = parallel_sums<1>(0, cells, [&](std::int64_t n, double* acc) {
      const std::size_t c = std::size_t(n);
      if (!limiter_.in_region(n) || mass_change_[c] == 0.0) return;
      acc[0] += std::abs(mass_change_[c]);
      if (system_.fixed.held(n)) return;
      const CellCapacity cap = capacity_of(n);
      const Isotherm iso = sorbs ? isotherm_of(sp, n) : Isotherm{};
      out[c] = concentration_for_mass(cap, iso, gwp::solver::cell_mass(cap, iso, out[c]) + mass_change_[c], low_[c], high_[c]);
    })[0];
    if (pass == 0) first_moved = moved;
    if (!(moved > kLimiterPassShare * first_moved)) break;
  }
}

void TransportSolver::correct_before(std::size_t s, const StepView& v) {
  const bool tvd = system_.advection.scheme() == AdvectionScheme::tvd;
  const bool cross = system_.dispersion.has_cross_terms();
  const double* c = species_[s].c.data();
  if (!tvd && !cross) {
    std::copy(c, c + links_->cell_count, c_start_.begin());
    return;
  }
  limiter_.mark_region(c, c, tiny(s));
  if (cross) system_.dispersion.gradients(v, c, limiter_, gradient_);
  limiter_.for_each_link([&](std::int64_t l) {
    double f = system_.advection.spatial_flux(v, l, c);
    if (cross) f += system_.dispersion.cross_flux(l, gradient_);
    link_flux_[std::size_t(l)] = f;
  });
  note_watched_corrections();
  apply_corrections(v, v.t0, c, c, c, c_start_.data());
  add_watched_corrections(s);
}

void TransportSolver::correct_after(std::size_t s, const StepView& v) {
  const std::int64_t cells = links_->cell_count;
  if (system_.advection.scheme() != AdvectionScheme::tvd || v.weight < 1.0) {
    std::copy(u_low_.begin(), u_low_.begin() + cells, c_new_.begin());
    return;
  }
  const double* c = species_[s].c.data();
  const double* u = u_low_.data();
  limiter_.mark_region(c, u, tiny(s));
  limiter_.for_each_link([&](std::int64_t l) {
    link_flux_[std::size_t(l)] = system_.advection.temporal_flux(v, l, c, u);
  });
  note_watched_corrections();
  apply_corrections(v, v.t1, u, u, c, c_new_.data());
  add_watched_corrections(s);
}

}  // namespace gwp::solver
