// The mass budget of one step of one species (a member of TransportSolver): every term's mass,
// evaluated with the concentrations the step's equations used (the low-order solution u_low and
// the corrected start concentrations, weighted in time), and the storage change from the
// concentrations before and after the step. Each reaction reports its own lines
// (cell_reaction.hpp). Correction fluxes move mass between cells only and have no line.
#include "solver/transport/parallel_sum.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::solver {

namespace {

// Adds a signed mass to an in/out pair of sums: positive into the aquifer is "in".
inline void split(double mass, double* acc, int in_index) {
  if (mass > 0.0) acc[in_index] += mass;
  else acc[in_index + 1] -= mass;
}

}  // namespace

void TransportSolver::account(std::size_t s, const StepView& v) {
  MassBudgetBook& book = species_[s].book;
  const Grid& g = *problem_.grid;
  const double dt = v.dt();
  const double* c_old = species_[s].c.data();  // at the start of the step, before any correction
  const double* u = u_low_.data();
  const double* c_new = c_new_.data();
  book.begin_step();

  // Cell by cell. Sums: 0/1 dissolved storage released/taken, 2/3 sorbed storage, 4/5 volume
  // change, 6 dissolved mass now, 7 sorbed mass now, then in/out of each reaction line.
  // The reactions of this species, as prepare_step() left them for the step.
  const std::vector<const CellReaction*>& reactions = system_.step_reactions();
  const std::vector<std::size_t>& reaction_lines = system_.step_reaction_lines();
  std::size_t line_count = 0;
  for (std::size_t n : reaction_lines) line_count += n;
  constexpr std::size_t kFirstReactionSum = 8;
  const std::size_t sum_count = kFirstReactionSum + 2 * line_count;
  const bool record_decay = records_decay_[s];
  DecayedRates& decayed = decayed_[s];
  const std::vector<double> sums = parallel_sums(0, g.cell_count(), sum_count, [&](std::int64_t n, double* acc) {
    const std::size_t c = std::size_t(n);
    if (!g.active[c]) return;
    const double theta = problem_.porosity[c];
    const double v_prev = volume_now_[c], v_old = v.volume_old(n), v_new = v.volume_new(n);
    const double dissolved_prev = theta * v_prev * c_old[c], dissolved_new = theta * v_new * c_new[c];
    const double sorbed_prev = SorbedStorage::mass(v, n, v_prev, c_old[c]);
    const double sorbed_new = SorbedStorage::mass(v, n, v_new, c_new[c]);
    // Storage: a decrease is mass released ("in"), an increase mass taken ("out").
    split(dissolved_prev - dissolved_new, acc, 0);
    split(sorbed_prev - sorbed_new, acc, 2);
    // The water volume of the flow interval differs from the one the last step ended with.
    if (v_old != v_prev)
      split(theta * (v_old - v_prev) * c_old[c] + SorbedStorage::mass(v, n, v_old, c_old[c]) - sorbed_prev, acc, 4);
    acc[6] += dissolved_new;
    acc[7] += sorbed_new;
    // A parent's decay, as its budget lines count it, for the daughters that take the step next.
    if (record_decay) {
      decayed.dissolved[c] = -system_.decay.dissolved_rate(v, n, u);
      decayed.sorbed[c] = -system_.decay.sorbed_rate(v, n, u);
    }
    // Each reaction's lines, as the step's equations saw them.
    double rates[kMaxReactionLines];
    std::size_t slot = kFirstReactionSum;
    for (std::size_t r = 0; r < reactions.size(); ++r) {
      reactions[r]->rates(v, n, u, rates);
      for (std::size_t k = 0; k < reaction_lines[r]; ++k, slot += 2) split(dt * rates[k], acc, int(slot));
    }
  });
  book.add(book.line_of(MassTerm::storage_dissolved), sums[0], sums[1]);
  book.add(book.line_of(MassTerm::storage_sorbed), sums[2], sums[3]);
  book.add(book.line_of(MassTerm::volume_change), sums[4], sums[5]);
  for (std::size_t k = 0; k < line_count; ++k)
    book.add(book.reaction_line(k), sums[kFirstReactionSum + 2 * k], sums[kFirstReactionSum + 2 * k + 1]);

  // Held cells: the mass holding takes is what closes the cell's balance, including the
  // correction fluxes that reached them.
  for (std::int64_t n : system_.fixed.held_cells()) {
    const double v_old = v.volume_old(n), v_new = v.volume_new(n);
    const double change = cell_mass(v, n, v_new, c_new[n]) - cell_mass(v, n, v_old, c_old[n]);
    book.add_signed(book.fixed_line(std::size_t(system_.fixed.holder(n))),
                    change - dt * system_.rate(v, n, u) - held_correction_[std::size_t(n)]);
  }

  // Flow terms.
  for (std::size_t k = 0; k < system_.sources.term_count(); ++k) {
    double in = 0.0, out = 0.0;
    system_.sources.term_rates(v, k, u, in, out);
    book.add(book.term_line(k), dt * in, dt * out);
  }

  // Connection groups: the net exchange of each cell with its group.
  const Connections& links = *links_;
  std::vector<std::vector<double>>& group_exchange = species_[s].group_exchange;
  for (std::vector<double>& e : group_exchange) std::fill(e.begin(), e.end(), 0.0);
  for (std::int64_t e = 0; e < links.extra_count(); ++e) {
    const double f = system_.advection.link_flux(v, links.grid_count + e, u);  // g/d, n -> m
    std::vector<double>& exchange = group_exchange[std::size_t(links.extra_set[std::size_t(e)])];
    exchange[slot_n_[std::size_t(e)]] -= f;
    exchange[slot_m_[std::size_t(e)]] += f;
  }
  for (std::size_t k = 0; k < group_exchange.size(); ++k)
    for (double f : group_exchange[k]) book.add_signed(book.group_line(k), dt * f);

  // With exact reactions the step ends after the reaction pass (react_exactly).
  if (exact_) exact_->transported[s] = {sums[6], sums[7]};
  else book.end_step(v.t1, dt, sums[6], sums[7]);
}

}  // namespace gwp::solver
