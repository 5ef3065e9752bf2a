// The exact reaction pass of a step ([transport] reactions = "exact", exact_reactions.hpp), a
// member of TransportSolver: after every species has been transported over [t0, t1] without its
// first-order reactions, the members' masses in each cell react exactly over the step, and each
// species' budget step, left open by account(), takes the pass's lines and ends.
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

// Sums of a member's block (see react_exactly): storage dissolved in/out, storage sorbed in/out,
// decay dissolved, decay sorbed, dissolved and sorbed mass change; then one per link into it,
// then an in/out pair per fixed-concentration set of the species.
constexpr std::size_t kStorageDissolved = 0, kStorageSorbed = 2, kDecayDissolved = 4, kDecaySorbed = 5,
                      kDissolvedChange = 6, kSorbedChange = 7, kOwnSums = 8;

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

  // Which cells hold each member during the step, and by which set: as its transport held them.
  for (std::size_t i = 0; i < k; ++i) {
    system_.fixed.prepare(view(members[i], t0, t1));
    int* holder = x.holder.data() + i * std::size_t(cells);
    std::fill(holder, holder + cells, -1);
    for (std::int64_t n : system_.fixed.held_cells()) holder[n] = system_.fixed.holder(n);
  }

  // Each cell's matrix and its propagator over the step; neighbouring cells mostly share both.
  x.cache.begin_step(dt);
  Eigen::MatrixXd a, previous;
  std::vector<DecayShares> shares;
  std::vector<std::uint8_t> held(k, 0);
  std::int32_t previous_index = -1;
  for (std::int64_t n = 0; n < cells; ++n) {
    std::int32_t& index = x.propagator[std::size_t(n)];
    index = -1;
    if (!g.active[std::size_t(n)] || flow_state_.no_water[std::size_t(n)] || !(flow_state_.volume_at(n, t1) > 0.0))
      continue;
    for (std::size_t i = 0; i < k; ++i) held[i] = x.holder[i * std::size_t(cells) + std::size_t(n)] >= 0;
    network.fill_matrix(problem_, n, held, a, shares);
    if ((a.array() == 0.0).all()) continue;  // nothing reacts here
    if (previous_index < 0 || a != previous) {
      previous_index = std::int32_t(x.cache.find(a));
      previous = a;
    }
    index = previous_index;
  }

  // The blocks of sums, member by member.
  std::vector<std::size_t> first(k + 1, 0), link_slot(links.size(), 0), fixed_slot(k, 0);
  for (std::size_t i = 0; i < k; ++i) {
    std::size_t size = kOwnSums;
    for (std::size_t l = 0; l < links.size(); ++l)
      if (links[l].daughter == i) link_slot[l] = first[i] + size++;
    fixed_slot[i] = first[i] + size;
    size += 2 * problem_.species[members[i]].fixed.size();
    first[i + 1] = first[i] + size;
  }

  const std::vector<double> sums = parallel_sums(0, cells, first[k], [&](std::int64_t n, double* acc) {
    const std::size_t c = std::size_t(n);
    const std::int32_t index = x.propagator[c];
    if (index < 0) return;
    const ChainPropagator& p = x.cache[std::size_t(index)];
    const double volume = flow_state_.volume_at(n, t1);
    const double water = problem_.porosity[c] * volume;                                          // m3
    const double solids = problem_.bulk_density.empty() ? 0.0 : problem_.bulk_density[c] * volume;  // kg/L m3
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
      acc[first[i] + kDissolvedChange] += water * (c_after - conc);
      acc[first[i] + kSorbedChange] += solids * kd[i] * (c_after - conc);
      conc = c_after;
    }
  });

  // Every species' budget step ends here: the members' with the pass's lines.
  std::vector<bool> is_member(species_.size(), false);
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t s = members[i];
    is_member[s] = true;
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
    const std::array<double, 2>& m = x.transported[s];
    book.end_step(t1, dt, m[0] + block[kDissolvedChange], m[1] + block[kSorbedChange]);
  }
  for (std::size_t s = 0; s < species_.size(); ++s)
    if (!is_member[s]) species_[s].book.end_step(t1, dt, x.transported[s][0], x.transported[s][1]);
}

}  // namespace gwp::solver
