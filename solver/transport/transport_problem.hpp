// What the transport solver is given: per-cell properties, species with their reactions,
// where mass enters with water, fixed concentrations and the numerical settings. Plain data in
// internal units (m, d, mg/L = g/m3, kg/L for bulk density, L/kg); built by models/.
// The water fluxes themselves come from the flow solution (FlowSolution) at each flow time.
#pragma once
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "solver/common/schedule.hpp"
#include "solver/flow/flow_problem.hpp"

namespace gwp::solver {

class CellReaction;  // cell_reaction.hpp

enum class AdvectionScheme { upwind, central, tvd };
enum class TimeWeighting { implicit, crank_nicolson, explicit_ };
enum class SorptionModel { none, linear, freundlich, langmuir };
// How first-order reactions (decay and a daughter's production from its parents) are stepped:
// coupled, in each species' equations with the step's time weighting; or exact, split from
// transport and integrated exactly per cell at the start of each step, before the species are
// transported (exact_reactions.hpp).
enum class ReactionScheme { coupled, exact };

// Concentration of water entering through a source (mg/L): a schedule, optionally declining
// exponentially from `decline_start` (d) at `decline_rate` (1/d): c(t) = base(t) exp(-r (t - t0)).
struct SourceConcentration {
  Schedule base;
  double decline_rate = 0.0;    // 1/d
  double decline_start = 0.0;   // d
  double at(double t) const {
    const double c = base.at(t);
    return decline_rate > 0.0 && t > decline_start ? c * std::exp(-decline_rate * (t - decline_start)) : c;
  }
};

// Cells held at a concentration (mg/L), e.g. an inlet. NaN in the schedule frees the cells.
struct FixedConcentration {
  std::string name;
  std::vector<std::int64_t> cells;
  Schedule value;  // mg/L
};

struct SpeciesProblem {
  std::string name;
  double diffusion = 0.0;                 // m2/d free-water molecular diffusion coefficient
  SorptionModel sorption = SorptionModel::none;
  // Per cell (empty = zero). Linear: kd (L/kg). Freundlich: kd is K_F in (mg/kg)/(mg/L)^a,
  // exponent a (-). Langmuir: langmuir_k (L/mg) and capacity (mg/kg), S = capacity K C / (1 + K C).
  std::vector<double> kd, exponent, langmuir_k, capacity;
  // Per cell (empty = zero): first-order decay rates (1/d) of the dissolved and sorbed phases,
  // and zero-order production (> 0) or loss (< 0) in the dissolved phase (mg/L/d).
  std::vector<double> decay_dissolved, decay_sorbed, zero_order;
  // Further reactions of this species (cell_reaction.hpp), each carrying its own parameters,
  // after decay and before the flow-imbalance correction; built by models/.
  std::vector<std::shared_ptr<const CellReaction>> reactions;
  std::vector<double> initial;            // mg/L per cell
  // Concentration of water that ENTERS through each flow term (index as FlowProblem::terms);
  // water leaving through a term leaves at the cell concentration. Size = number of terms.
  std::vector<SourceConcentration> term_concentration;
  std::vector<FixedConcentration> fixed;
  double limit = std::numeric_limits<double>::quiet_NaN();  // mg/L, for metrics
};

struct TransportSettings {
  AdvectionScheme advection = AdvectionScheme::tvd;
  TimeWeighting weighting = TimeWeighting::implicit;
  ReactionScheme reactions = ReactionScheme::coupled;
  // -, largest cell Courant number of a step; 0: the weighting's default, which is 1 for
  // explicit and Crank-Nicolson steps and none for implicit ones (the bounded implicit scheme
  // is stable at any step; its steps are set by accuracy through step_limit).
  double max_courant = 0.0;
  double max_step = std::numeric_limits<double>::infinity();  // d, the user's longest step
  // d, longest step from each time on, for accuracy: short after each output time where the
  // intervals between outputs are short (models/ derives it from the output times).
  Schedule step_limit = Schedule::constant(std::numeric_limits<double>::infinity());
  double budget_tolerance_percent = 1e-3;
  // Relative residual of the linear solves: the mass a step leaves unbalanced is of this order
  // times the step's mass change, far under the budget tolerance.
  double linear_tolerance = 1e-10;
  int max_nonlinear_iterations = 50; // iterations for nonlinear sorption and limited zero-order loss
  int max_linear_iterations = 1000;  // BiCGSTAB iterations per linear solve
  // Largest change of any cell concentration between two nonlinear iterations, relative to the
  // largest concentration, at which the iterations (nonlinear sorption, limited zero-order loss)
  // count as converged.
  double nonlinear_tolerance = 1e-10;
  // Whether the off-diagonal (cross-derivative) terms of the dispersion tensor are simulated.
  // Always on in a model run; off only to show what they contribute (a grid-aligned dispersion).
  bool cross_dispersion = true;
};

struct TransportProblem {
  const Grid* grid = nullptr;            // not owned
  std::vector<double> porosity;          // - per cell (mobile porosity)
  std::vector<double> bulk_density;      // kg/L per cell
  double alpha_l = 0.0;                  // m longitudinal dispersivity
  double alpha_th = 0.0;                 // m horizontal transverse dispersivity
  double alpha_tv = 0.0;                 // m vertical transverse dispersivity
  std::vector<SpeciesProblem> species;
  TransportSettings settings;
};

}  // namespace gwp::solver
