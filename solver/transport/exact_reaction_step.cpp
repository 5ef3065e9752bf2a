// The exact reaction pass of a step ([transport] reactions = "exact", exact_reactions.hpp), a
// member of TransportSolver: before any species is transported over [t0, t1], the members'
// masses in each cell react exactly over the whole step; then every species is transported
// without its first-order reactions (first-order splitting, reactions then transport). The
// pass's lines wait until every species' budget step, which account() opens and leaves open in
// this mode, has its transport lines; end_exact_budget_steps adds them and ends the steps.
//
// Why reactions first: where a cell's concentrations are steady, splitting shifts them by a
// share of the reactions over a step. With reactions last (transport, then reactions) every cell
// is left decayed by a whole step's reactions against the state transport balanced, a relative
// error of about k dt; with reactions first, transport restores the balance, and what remains is
// about (k dt / 2) k / (k + the cell's transport rate), small wherever transport is faster than
// the reactions. C2 (docs/verification.md) measured 0.0121 mg/L with reactions last, 0.0048 with
// a symmetric (Strang) split and 0.0043 with reactions first, at the coupled scheme's 0.005
// tolerance; halving cells and steps divided them by 1.6, 1.3 and 3.0.
//
// Budget of the pass, per member and cell (masses in g over the step): decay of each phase =
// its share of the member's rate times the integral of its mass; production from a parent =
// yield times that parent's decay of the phases the link names; storage = the mass change of
// the water and the solids. Held members keep their concentration (their mass does not change);
// holding takes what their reactions would have changed, on the line of the set holding them.
// So storage change = lines, cell by cell, to the rounding of the exponential.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "solver/transport/parallel_sum.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::solver {

namespace {

// The line of a species' budget named `label` (the pass's lines are all in the book: decay
// always, a production line for each link).
std::size_t line_named(const MassBudgetBook& book, const std::string& label) {
  const std::vector<MassBudgetLine>& lines = book.budget().lines;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].term == label) return i;
  throw std::logic_error("exact reactions: species " + book.budget().species + " has no budget line " + label);
}

// Sums of a member's block: storage dissolved in/out, storage sorbed in/out, decay dissolved,
// decay sorbed; then one per link into it, then an in/out pair per fixed-concentration set of
// the species.
constexpr std::size_t kStorageDissolved = 0, kStorageSorbed = 2, kDecayDissolved = 4, kDecaySorbed = 5,
                      kOwnSums = 6;

// Where each member's block starts (first, one more than members), each link's sum and each
// member's first fixed-set pair.
void block_layout(const ExactReactions& network, const TransportProblem& problem, std::vector<std::size_t>& first,
                  std::vector<std::size_t>& link_slot, std::vector<std::size_t>& fixed_slot) {
  const std::vector<ExactReactions::Link>& links = network.links();
  const std::size_t k = network.members().size();
  first.assign(k + 1, 0);
  link_slot.assign(links.size(), 0);
  fixed_slot.assign(k, 0);
  for (std::size_t i = 0; i < k; ++i) {
    std::size_t size = kOwnSums;
    for (std::size_t l = 0; l < links.size(); ++l)
      if (links[l].daughter == i) link_slot[l] = first[i] + size++;
    fixed_slot[i] = first[i] + size;
    size += 2 * problem.species[network.members()[i]].fixed.size();
    first[i + 1] = first[i] + size;
  }
}

inline void split(double mass, double* acc) {
  if (mass > 0.0) acc[0] += mass;
  else acc[1] -= mass;
}

}  // namespace

void TransportSolver::react_exactly(double t0, double t1) {
  ExactReactionState& x = *exact_;
  const ExactReactions& network = x.reactions;
  const std::vector<std::size_t>& members = network.members();
  const std::vector<ExactReactions::Link>& links = network.links();
  const std::size_t k = members.size();
  const Grid& g = *problem_.grid;
  const std::int64_t cells = g.cell_count();
  const double dt = t1 - t0;

  // Which cells hold each member during the step, and by which set: as its transport holds them.
  for (std::size_t i = 0; i < k; ++i) {
    system_.fixed.prepare(view(members[i], t0, t1));
    int* holder = x.holder.data() + i * std::size_t(cells);
    std::fill(holder, holder + cells, -1);
    for (std::int64_t n : system_.fixed.held_cells()) holder[n] = system_.fixed.holder(n);
  }
  // The masses are reckoned in the saturated volume (m3) at the start of the step, as account()
  // reckons the storage the step starts from.
  auto volume = [&](std::int64_t n) { return volume_now_[std::size_t(n)]; };

  // Each cell's matrix and its propagator over the step; neighbouring cells mostly share both.
  x.cache.begin_step(dt);
  Eigen::MatrixXd a, previous;
  std::vector<DecayShares> shares;
  std::vector<std::uint8_t> held(k, 0);
  std::int32_t previous_index = -1;
  for (std::int64_t n = 0; n < cells; ++n) {
    std::int32_t& index = x.propagator[std::size_t(n)];
    index = -1;
    if (!g.active[std::size_t(n)] || flow_state_.no_water[std::size_t(n)] || !(volume(n) > 0.0)) continue;
    for (std::size_t i = 0; i < k; ++i) held[i] = x.holder[i * std::size_t(cells) + std::size_t(n)] >= 0;
    network.fill_matrix(problem_, n, held, a, shares);
    if ((a.array() == 0.0).all()) continue;  // nothing reacts here
    if (previous_index < 0 || a != previous) {
      previous_index = std::int32_t(x.cache.find(a));
      previous = a;
    }
    index = previous_index;
  }

  std::vector<std::size_t> first, link_slot, fixed_slot;
  block_layout(network, problem_, first, link_slot, fixed_slot);

  const std::vector<double> sums = parallel_sums(0, cells, first[k], [&](std::int64_t n, double* acc) {
    const std::size_t c = std::size_t(n);
    const std::int32_t index = x.propagator[c];
    if (index < 0) return;
    const ChainPropagator& p = x.cache[std::size_t(index)];
    const double v = volume(n);
    const double water = problem_.porosity[c] * v;                                          // m3
    const double solids = problem_.bulk_density.empty() ? 0.0 : problem_.bulk_density[c] * v;  // kg/L m3
    double kd[kMaxExactMembers], mass[kMaxExactMembers], after[kMaxExactMembers], integral[kMaxExactMembers];
    DecayShares share[kMaxExactMembers];
    for (std::size_t i = 0; i < k; ++i) {
      const SpeciesProblem& sp = problem_.species[members[i]];
      kd[i] = sp.sorption == SorptionModel::linear && !sp.kd.empty() ? sp.kd[c] : 0.0;
      mass[i] = (water + solids * kd[i]) * species_[members[i]].c[c];
      share[i] = network.shares(problem_, i, n);
    }
    for (std::size_t i = 0; i < k; ++i) {
      double m = 0.0, m_dt = 0.0;
      for (std::size_t j = 0; j < k; ++j) {
        m += p.step(Eigen::Index(i), Eigen::Index(j)) * mass[j];
        m_dt += p.integral(Eigen::Index(i), Eigen::Index(j)) * mass[j];
      }
      after[i] = m;
      integral[i] = m_dt;
    }
    // Each member's reactions, and what its storage or its holding takes.
    double net[kMaxExactMembers];  // g into the member over the step by its reactions
    for (std::size_t i = 0; i < k; ++i) {
      const double dissolved = share[i].dissolved * integral[i], sorbed = share[i].sorbed * integral[i];
      acc[first[i] + kDecayDissolved] += dissolved;
      acc[first[i] + kDecaySorbed] += sorbed;
      net[i] = -dissolved - sorbed;
    }
    for (std::size_t l = 0; l < links.size(); ++l) {
      const ExactReactions::Link& link = links[l];
      const DecayShares& s = share[link.parent];
      const double made = produced_rate(link.yield, s.dissolved * integral[link.parent], s.sorbed * integral[link.parent],
                                        link.phases);
      acc[link_slot[l]] += made;
      net[link.daughter] += made;
    }
    for (std::size_t i = 0; i < k; ++i) {
      const int set = x.holder[i * std::size_t(cells) + c];
      if (set >= 0) {
        split(-net[i], acc + fixed_slot[i] + 2 * std::size_t(set));
        continue;
      }
      double& conc = species_[members[i]].c[c];
      const double c_after = after[i] / (water + solids * kd[i]);
      split(water * (conc - c_after), acc + first[i] + kStorageDissolved);
      split(solids * kd[i] * (conc - c_after), acc + first[i] + kStorageSorbed);
      conc = c_after;
    }
  });

  x.pass_sums = sums;
}

void TransportSolver::end_exact_budget_steps(double t0, double t1) {
  const ExactReactionState& x = *exact_;
  const std::vector<std::size_t>& members = x.reactions.members();
  const std::vector<ExactReactions::Link>& links = x.reactions.links();
  const std::size_t k = members.size();
  std::vector<std::size_t> first, link_slot, fixed_slot;
  block_layout(x.reactions, problem_, first, link_slot, fixed_slot);
  const std::vector<double>& sums = x.pass_sums;
  // Every species' budget step ends here: the members' with the pass's lines. The masses after
  // transport (account()) include what the reactions changed before it.
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t s = members[i];
    MassBudgetBook& book = species_[s].book;
    const double* block = sums.data() + first[i];
    book.add(book.line_of(MassTerm::storage_dissolved), block[kStorageDissolved], block[kStorageDissolved + 1]);
    book.add(book.line_of(MassTerm::storage_sorbed), block[kStorageSorbed], block[kStorageSorbed + 1]);
    book.add_signed(line_named(book, "decay:dissolved"), -block[kDecayDissolved]);
    book.add_signed(line_named(book, "decay:sorbed"), -block[kDecaySorbed]);
    for (std::size_t l = 0; l < links.size(); ++l)
      if (links[l].daughter == i) book.add_signed(line_named(book, links[l].label), sums[link_slot[l]]);
    for (std::size_t f = 0; f < problem_.species[s].fixed.size(); ++f)
      book.add(book.fixed_line(f), sums[fixed_slot[i] + 2 * f], sums[fixed_slot[i] + 2 * f + 1]);
  }
  for (std::size_t s = 0; s < species_.size(); ++s)
    species_[s].book.end_step(t1, t1 - t0, x.transported[s][0], x.transported[s][1]);
}

}  // namespace gwp::solver
