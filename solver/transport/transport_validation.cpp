#include "solver/transport/transport_validation.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "solver/grid/connections.hpp"

namespace gwp::solver {

namespace {

[[noreturn]] void fail(const std::string& message) {
  throw std::invalid_argument("transport problem: " + message);
}

// Per-cell vector: `cells` values, or none when `optional`.
void check_size(const std::vector<double>& v, std::size_t cells, bool optional, const std::string& what) {
  if (v.empty() && optional) return;
  if (v.size() != cells)
    fail(what + " has " + std::to_string(v.size()) + " values for " + std::to_string(cells) + " cells");
}

// Every active cell satisfies `ok`.
template <class Ok>
void check_cells(const Grid& g, const std::vector<double>& v, Ok ok, const std::string& what,
                 const std::string& expected) {
  if (v.empty()) return;
  for (std::int64_t n = 0; n < g.cell_count(); ++n)
    if (g.active[std::size_t(n)] && !ok(v[std::size_t(n)]))
      fail(what + " is " + std::to_string(v[std::size_t(n)]) + " in cell " + cell_label(g, n) +
           " (expected " + expected + ")");
}

void check_species(const Grid& g, const SpeciesProblem& sp, const FlowProblem& flow, bool has_density) {
  const std::size_t cells = std::size_t(g.cell_count());
  const std::string who = "species '" + sp.name + "': ";
  auto finite = [](double x) { return std::isfinite(x); };
  auto non_negative = [](double x) { return x >= 0.0; };
  auto positive = [](double x) { return x > 0.0; };
  check_size(sp.initial, cells, true, who + "initial concentration");
  check_cells(g, sp.initial, finite, who + "initial concentration", "a finite value");
  for (const auto* v : {&sp.kd, &sp.exponent, &sp.langmuir_k, &sp.capacity, &sp.decay_dissolved,
                        &sp.decay_sorbed, &sp.zero_order})
    check_size(*v, cells, true, who + "a per-cell reaction parameter");
  if (!(sp.diffusion >= 0.0)) fail(who + "diffusion coefficient " + std::to_string(sp.diffusion) + " m2/d is negative");
  check_cells(g, sp.decay_dissolved, finite, who + "dissolved decay rate", "a finite value");
  check_cells(g, sp.decay_sorbed, finite, who + "sorbed decay rate", "a finite value");
  check_cells(g, sp.zero_order, finite, who + "zero-order rate", "a finite value");
  if (sp.sorption != SorptionModel::none && !has_density)
    fail(who + "sorbs, but the problem has no bulk density");
  switch (sp.sorption) {
    case SorptionModel::none: break;
    case SorptionModel::linear:
      if (sp.kd.empty()) fail(who + "linear sorption without Kd");
      check_cells(g, sp.kd, non_negative, who + "Kd", "Kd >= 0 L/kg");
      break;
    case SorptionModel::freundlich:
      if (sp.kd.empty() || sp.exponent.empty()) fail(who + "Freundlich sorption needs K_F (kd) and the exponent");
      check_cells(g, sp.kd, non_negative, who + "Freundlich K_F", ">= 0");
      check_cells(g, sp.exponent, positive, who + "Freundlich exponent", "> 0");
      break;
    case SorptionModel::langmuir:
      if (sp.langmuir_k.empty() || sp.capacity.empty()) fail(who + "Langmuir sorption needs K and the capacity");
      check_cells(g, sp.langmuir_k, non_negative, who + "Langmuir K", ">= 0 L/mg");
      check_cells(g, sp.capacity, non_negative, who + "Langmuir capacity", ">= 0 mg/kg");
      break;
  }
  if (!sp.term_concentration.empty() && sp.term_concentration.size() != flow.terms.size())
    fail(who + std::to_string(sp.term_concentration.size()) + " source concentrations for " +
         std::to_string(flow.terms.size()) + " flow terms");
}

}  // namespace

void check_transport_problem(const TransportProblem& p, const FlowProblem& flow) {
  if (!p.grid) fail("no grid");
  if (!flow.grid) fail("the flow problem has no grid");
  const Grid& g = *p.grid;
  if (flow.grid->cell_count() != g.cell_count())
    fail("the flow problem's grid has " + std::to_string(flow.grid->cell_count()) + " cells, the transport grid " +
         std::to_string(g.cell_count()));
  const std::size_t cells = std::size_t(g.cell_count());
  check_size(p.porosity, cells, false, "porosity");
  check_cells(g, p.porosity, [](double x) { return x > 0.0 && x <= 1.0; }, "porosity", "0 < porosity <= 1");
  check_size(p.bulk_density, cells, true, "bulk density");
  check_cells(g, p.bulk_density, [](double x) { return x >= 0.0; }, "bulk density", ">= 0 kg/L");
  if (!(p.alpha_l >= 0.0 && p.alpha_th >= 0.0 && p.alpha_tv >= 0.0))
    fail("dispersivities must be >= 0 m (longitudinal " + std::to_string(p.alpha_l) + ", transverse " +
         std::to_string(p.alpha_th) + ", vertical " + std::to_string(p.alpha_tv) + ")");
  const TransportSettings& s = p.settings;
  if (s.max_nonlinear_iterations < 1) fail("max_nonlinear_iterations must be at least 1");
  if (s.max_linear_iterations < 1) fail("max_linear_iterations must be at least 1");
  if (!(s.linear_tolerance > 0.0)) fail("linear_tolerance must be > 0");
  if (!(s.nonlinear_tolerance > 0.0)) fail("nonlinear_tolerance must be > 0");
  if (!(s.max_step > 0.0)) fail("max_step must be > 0 d");
  for (const SpeciesProblem& sp : p.species) check_species(g, sp, flow, !p.bulk_density.empty());
}

}  // namespace gwp::solver
