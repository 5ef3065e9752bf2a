// Solves the advection-dispersion-reaction equations of every species of a TransportProblem
// on the cells and links of the flow model, with the water flows of its FlowSolutions.
//
// Each step of each species (species are independent of one another, but for reactions that
// read another species' step, such as a daughter's production from its parent's decay: the
// species take each step in an order that puts those first, species_order.hpp):
//  1. the correction fluxes at the start of the step (the tvd scheme's spatial antidiffusion,
//     the cross part of dispersion) are limited against local bounds and applied
//     (flux_correction.hpp);
//  2. from there, the low-order equations (storage, sorbed storage, upwind or central
//     advection, the two-point part of dispersion, decay, sources, the flow-imbalance
//     correction, held cells) are solved with the step's time weighting; with nonlinear
//     sorption or a zero-order loss by Newton iterations on the cell masses (exact mass change
//     at convergence);
//  3. on implicit tvd steps, the temporal antidiffusion is limited and applied;
//  4. every term's mass goes into the species' budget (mass_budget.hpp).
// Each stage keeps the concentrations within the bounds of the one before, so no step creates
// new extrema, and each moves mass only between cells or through the budget's terms. Because
// the spatial corrections act before the solve, a steady state of the step is the steady state
// of the high-order equations themselves, independent of the step length.
// The linear solves are BiCGSTAB with a block incomplete-LU preconditioner, warm-started from
// the concentrations the step starts from (krylov.hpp); when that stops short of the tolerance,
// BiCGSTAB with the diagonal (Jacobi) preconditioner, then with Eigen's threshold incomplete LU
// (solver/linear), is tried; a failure of all, or of the nonlinear iterations, throws
// ModelFailure naming the species and the time.
#pragma once
#include <Eigen/Core>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/grid/connections.hpp"
#include "solver/transport/exact_reactions.hpp"
#include "solver/transport/flux_correction.hpp"
#include "solver/transport/krylov.hpp"
#include "solver/transport/mass_budget.hpp"
#include "solver/transport/species_order.hpp"
#include "solver/transport/sub_steps.hpp"
#include "solver/transport/transport_system.hpp"

namespace gwp::solver {

// Where a transport run spends its time (s, wall clock, summed over all steps and species).
struct TransportPhaseTimes {
  double corrections = 0.0;   // limited correction fluxes before and after the solves
  double assembly = 0.0;      // filling the matrix and right-hand side
  double linear_solve = 0.0;  // BiCGSTAB, with the preconditioner's factorisation
  double budget = 0.0;        // the mass budget of each step
};

class TransportSolver {
 public:
  // Copies what it needs from both problems; the grid and `links` (the flow solver's
  // connections) must outlive the solver. Throws std::invalid_argument for a problem that does
  // not fit its grid (sizes, porosity outside (0, 1], missing sorption parameters).
  TransportSolver(const TransportProblem& problem, const FlowProblem& flow, const Connections& links);

  // Advances every species from time() to t_end (d) with the flows of `flow_at_end`, taking as
  // many steps as settings.max_step, the Courant limit and the stability of explicit weighting
  // require (sub_steps.hpp), and calling on_step(t) after each.
  //  - Steady flow: flow_at_end is the solution that holds over the interval.
  //  - Transient flow: [time(), t_end] must be the flow step that flow_at_end ends; the water
  //    volumes at its start follow from its storage flows (flow_interface.hpp).
  // flow_at_start (may be null) is the state at time(); the method needs nothing from it.
  // The flows are read again only when flow_at_end is another object, another solve of its
  // FlowSolver (FlowSolution::solve_number), or, for a solution not from a solver or with
  // water volumes changing in time, has another time; so a solution must not be changed in
  // place otherwise.
  // Throws std::invalid_argument when t_end < time(), ModelFailure when a solve fails.
  void advance(double t_end, const FlowSolution& flow_at_end, const FlowSolution* flow_at_start,
               const std::function<void(double)>& on_step = {});

  // What limits the steps of advancing to t_end with the water of `flow` (sub_steps.hpp), without
  // stepping: for estimating a run before it starts.
  StepLimit step_limit_to(double t_end, const FlowSolution& flow);

  double time() const { return time_; }
  std::size_t species_count() const { return species_.size(); }
  const std::string& species_name(std::size_t s) const { return problem_.species[s].name; }
  // Dissolved concentration (mg/L) per cell of species s.
  const std::vector<double>& concentration(std::size_t s) const { return species_[s].c; }
  // Sorbed concentration (mg/kg) per cell of species s, in equilibrium with concentration(s).
  std::vector<double> sorbed(std::size_t s) const;
  // Mass budget of species s since the start (masses are set by the first step).
  const MassBudget& budget(std::size_t s) const { return species_[s].book.budget(); }
  // The distinct cells of connection group k (FlowProblem::extra_connections), in the order of
  // first appearance in its pairs, and what each exchanged with the group over species s's last
  // step (g/d, > 0 into the cell): the budget line of the group is these summed, gains as "in"
  // and losses as "out".
  const std::vector<std::int64_t>& group_cells(std::size_t k) const { return group_cells_[k]; }
  const std::vector<double>& group_exchange(std::size_t s, std::size_t k) const {
    return species_[s].group_exchange[k];
  }

  // Grid links across which the mass of every species is followed step by step (a control
  // plane): returns the set's number for link_mass_flux. Call before the first step.
  std::size_t watch_links(std::vector<std::int64_t> links);
  // The mass rate (g/d, from the link's cell n to its cell m) across each link of watched set k
  // over species s's last step, as the step moved it: low-order advection and the two-point part
  // of dispersion weighted in time as the equations weigh them, plus what the limited corrections
  // (the tvd scheme's antidiffusion, the cross part of dispersion) applied. So the rates into a
  // cell over all its links are its mass change but for its sources and reactions, exactly.
  const std::vector<double>& link_mass_flux(std::size_t s, std::size_t k) const {
    return species_[s].watched_flux[k];
  }

  long steps() const { return steps_; }                    // steps taken so far
  long linear_iterations() const { return linear_iterations_; }
  int last_nonlinear_iterations() const { return last_nonlinear_iterations_; }
  const TransportPhaseTimes& phase_times() const { return times_; }

 private:
  struct Species {
    std::vector<double> c;      // mg/L per cell
    MassBudgetBook book;
    double scale = 1.0;         // mg/L, the largest concentration it is given anywhere
    bool nonlinear = false;     // Freundlich or Langmuir sorption
    bool zero_order_loss = false;
    std::vector<std::vector<double>> group_exchange;  // g/d per connection group and slot, last step
    std::vector<std::vector<double>> watched_flux;    // g/d per watched link set and link, last step
  };

  // Reads the water of a flow solution (volumes, flows, dispersion coefficients).
  void use_flow(const FlowSolution& flow);
  // Sets the cells without water that pass some to what flows in (after the Krylov solve), and
  // one sweep of that, giving the largest change (mg/L).
  void solve_dry_rows(std::size_t s);
  double set_dry_rows();
  StepView view(std::size_t s, double t0, double t1) const;
  void step(std::size_t s, double t0, double t1);
  void solve_low_order(std::size_t s, StepView& v);
  // Solves the assembled system from the guess c_iter into u_low_ (throws ModelFailure);
  // same_matrix: the matrix is the previous solve's.
  void solve_linear_system(std::size_t s, const StepView& v, bool same_matrix);
  [[noreturn]] void fail_nonlinear(std::size_t s, const StepView& v, double change, double size) const;
  void correct_before(std::size_t s, const StepView& v);
  void correct_after(std::size_t s, const StepView& v);
  // Applies link_flux_ over the step to `base` with the cell masses at time t, limited against
  // the local bounds of `a` and `b`; the result goes to `out`.
  void apply_corrections(const StepView& v, double t, const double* base, const double* a, const double* b,
                         double* out);
  void flush_tiny(std::size_t s);
  // The watched links' share of a limited correction (link_mass.cpp): their fluxes before it is
  // applied, then what it applied of them (g/d), added to species s's watched_flux.
  void note_watched_corrections();
  void add_watched_corrections(std::size_t s);
  // The low-order advective and dispersive rates of the watched links over the step (g/d).
  void add_watched_low_order(std::size_t s, const StepView& v);
  // mg/L: below this a concentration of species s counts as none (see flush_tiny); the
  // low-order solution, before it is flushed, is full of such values, which must not widen
  // the region the corrections work in.
  double tiny(std::size_t s) const { return 1e-20 * species_[s].scale; }
  void account(std::size_t s, const StepView& v);
  double cell_mass(const StepView& v, std::int64_t cell, double volume, double c) const;
  // The exact reaction pass of a step [t0, t1] ([transport] reactions = "exact",
  // exact_reaction_step.cpp): before any species is transported, the first-order reactions of
  // each cell integrated exactly over the step. Its budget lines wait for the species' budget
  // steps, which account() opens and leaves open in this mode: after all species are transported,
  // end_exact_budget_steps adds them and ends every species' step.
  void react_exactly(double t0, double t1);
  void end_exact_budget_steps(double t0, double t1);

  TransportProblem problem_;
  FlowProblem flow_;            // terms, groups and layer types (no properties)
  const Connections* links_;
  TransportSystem system_;
  TransportFlow flow_state_;
  const FlowSolution* last_flow_ = nullptr;  // the solution flow_state_ was read from, and its time
  double last_flow_time_ = 0.0;
  long last_solve_number_ = -1;
  std::vector<Species> species_;
  // The order the species take each step (species_order.hpp): parents before their daughters.
  std::vector<std::size_t> step_order_;
  // Per species, what its decay took over its latest step, for the species that others read
  // (records_decay_); the daughters' production reactions read it through StepView::decayed.
  std::vector<DecayedRates> decayed_;
  std::vector<bool> records_decay_;
  double time_ = 0.0;
  bool started_ = false;
  long steps_ = 0;
  long linear_iterations_ = 0;
  int last_nonlinear_iterations_ = 0;
  TransportPhaseTimes times_;
  // Exact reactions (TransportSettings::reactions): null with coupled ones, or when no species
  // reacts at first order.
  std::unique_ptr<ExactReactionState> exact_;

  // Work arrays, sized once.
  std::vector<double> volume_now_;     // m3 per cell, saturated volume at time_
  std::vector<double> c_start_, c_iter_, u_low_, c_new_, zero_scale_;
  std::vector<double> link_flux_, gradient_, low_, high_;
  std::vector<double> mass_change_;
  FluxLimiter limiter_;
  std::vector<double> held_correction_;  // g per cell: corrections that reached held cells
  std::vector<std::uint8_t> usable_;
  std::vector<std::int32_t> dry_rows_;   // matrix rows of the active cells without water
  Eigen::VectorXd x_;
  BiCgStab krylov_;
  // Connection groups: per group its distinct cells; per extra link the slots of its cells.
  std::vector<std::vector<std::int64_t>> group_cells_;
  std::vector<std::size_t> slot_n_, slot_m_;
  // Watched grid links (watch_links), per set; and their correction fluxes before a correction.
  std::vector<std::vector<std::int64_t>> watched_links_;
  std::vector<std::vector<double>> watched_before_;
};

}  // namespace gwp::solver
