// Small transport models built by hand for the transport tests: flow fields from the flow solver
// on hand-made grids, transport problems around them, and the analytical solutions they are
// checked against.
#pragma once
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "problem_builders.hpp"
#include "solver/flow/flow_solver.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::test {

// van Genuchten and Alves (1982), solution A1: continuous concentration c0 at x = 0 of a
// semi-infinite column with first-order decay, dC/dt = d C'' - v C' - mu C, at distance x (m)
// and time t (d); v (m/d), d (m2/d) and mu (1/d) are those of the retarded equation divided by
// R. With mu = 0 it is Ogata and Banks (1961).
inline double ogata_banks(double x, double t, double v, double d, double mu, double c0 = 1.0) {
  const double u = v * std::sqrt(1.0 + 4.0 * mu * d / (v * v));
  const double s = 2.0 * std::sqrt(d * t);
  const double first = std::exp((v - u) * x / (2.0 * d)) * std::erfc((x - u * t) / s);
  const double e2 = (v + u) * x / (2.0 * d);  // exp(e2) overflows far out, where erfc is 0
  const double second = e2 < 700.0 ? std::exp(e2) * std::erfc((x + u * t) / s) : 0.0;
  return 0.5 * c0 * (first + second);
}

// A 1-D column (MT3DMS problem 1 layout): `cells` cells of dx (m) in one row, 1 m wide and 1 m
// thick, confined, K = 1 m/d, fixed heads at both ends that drive the specific discharge q (m/d).
// Held by pointer: the problems point at its grid.
struct Column {
  Grid grid;
  solver::FlowProblem flow;
  solver::FlowSolution solution;
  solver::Connections links;
};

inline std::unique_ptr<Column> column(int cells, double dx, double q) {
  auto c = std::make_unique<Column>();
  c->grid = make_grid(cells, 1, 1, dx, 1.0, 0.0, 1.0);
  c->flow = make_problem(c->grid, solver::LayerType::confined, 1.0, 1.0, 0.0, 0.0, 0.0);
  const double h0 = q * dx * (cells - 1);  // K = 1, area 1: q = (h0 - 0) / length
  c->flow.terms = {fixed_head("inlet", {0}, h0), fixed_head("outlet", {cells - 1}, 0.0)};
  solver::FlowSolver solver(c->flow);
  c->solution = solver.solve(0.0, 0.0);
  c->links = solver.connections();
  return c;
}

// A transport problem on grid g with one species ("tracer", initially 0), uniform porosity,
// bulk density 1.7 kg/L, aL as given with aTH = aL / 10 and aTV = aL / 100, and no Courant
// limit (the tests set their steps with max_step).
inline solver::TransportProblem transport_problem(const Grid& g, double porosity, double alpha_l,
                                          solver::AdvectionScheme scheme = solver::AdvectionScheme::tvd) {
  solver::TransportProblem p;
  p.grid = &g;
  p.porosity.assign(std::size_t(g.cell_count()), porosity);
  p.bulk_density.assign(std::size_t(g.cell_count()), 1.7);
  p.alpha_l = alpha_l;
  p.alpha_th = 0.1 * alpha_l;
  p.alpha_tv = 0.01 * alpha_l;
  p.settings.advection = scheme;
  p.settings.max_courant = 0.0;  // tests choose their steps with max_step
  solver::SpeciesProblem s;
  s.name = "tracer";
  s.initial.assign(std::size_t(g.cell_count()), 0.0);
  p.species.push_back(s);
  return p;
}

inline solver::FixedConcentration held(std::string name, std::vector<std::int64_t> cells, double value) {
  solver::FixedConcentration f;
  f.name = std::move(name);
  f.cells = std::move(cells);
  f.value = solver::Schedule::constant(value);
  return f;
}

inline solver::SourceConcentration source(double c) {
  solver::SourceConcentration s;
  s.base = solver::Schedule::constant(c);
  return s;
}

// Runs a steady flow field to t_end with the given solver, in one call.
inline void run_steady(solver::TransportSolver& solver, const solver::FlowSolution& flow, double t_end) {
  solver.advance(t_end, flow, &flow);
}

}  // namespace gwp::test
