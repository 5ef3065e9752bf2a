#include "solver/transport/mass_budget.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "core/errors.hpp"
#include "solver/flow/budget.hpp"

namespace gwp::solver {

namespace {

double discrepancy(double in, double out) {
  return in + out > 0.0 ? 100.0 * (in - out) / (0.5 * (in + out)) : 0.0;
}

// Labels of the lines the solver itself keeps, in MassTerm order.
constexpr const char* kSingleLabels[] = {"storage:dissolved", "storage:sorbed", "volume_change"};
constexpr std::size_t kSingleLines = sizeof(kSingleLabels) / sizeof(kSingleLabels[0]);

}  // namespace

const MassBudgetLine* MassBudget::find(const std::string& term) const {
  for (const MassBudgetLine& l : lines)
    if (l.term == term) return &l;
  return nullptr;
}

std::vector<KindRates> rates_by_kind(const MassBudget& budget) {
  std::vector<KindRates> out;
  for (const MassBudgetLine& l : budget.lines) {
    if (l.category != MassTerm::flow_term) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const KindRates& k) { return k.kind == l.kind; });
    if (it == out.end()) {
      out.push_back({l.kind, 0.0, 0.0});
      it = out.end() - 1;
    }
    it->in += l.rate_in;
    it->out += l.rate_out;
  }
  return out;
}

void check_transport_budget(const MassBudget& budget, double tolerance_percent) {
  if (std::abs(budget.discrepancy_percent) <= tolerance_percent) return;
  std::vector<MassBudgetLine> lines = budget.lines;
  std::sort(lines.begin(), lines.end(), [](const MassBudgetLine& a, const MassBudgetLine& b) {
    return std::max(a.in, a.out) > std::max(b.in, b.out);
  });
  char head[320];
  std::snprintf(head, sizeof head,
                "mass budget of species '%s' at t = %g d is off by %.4g %% (tolerance %g %%): "
                "in %.6g g, out %.6g g; largest lines:",
                budget.species.c_str(), budget.time, budget.discrepancy_percent, tolerance_percent,
                budget.total_in, budget.total_out);
  std::string message = head;
  for (std::size_t i = 0; i < lines.size() && i < 3; ++i) {
    char part[256];
    std::snprintf(part, sizeof part, " %s (in %.6g g, out %.6g g)", lines[i].term.c_str(), lines[i].in, lines[i].out);
    message += part;
  }
  throw ModelFailure(message);
}

MassBudgetBook::MassBudgetBook(const std::string& species, const std::vector<std::string>& reaction_lines,
                               const std::vector<std::string>& fixed_sets, const FlowProblem& flow) {
  budget_.species = species;
  for (std::size_t i = 0; i < kSingleLines; ++i) {
    MassBudgetLine l;
    l.term = kSingleLabels[i];
    l.category = MassTerm(i);
    budget_.lines.push_back(l);
  }
  first_reaction_ = budget_.lines.size();
  for (const std::string& label : reaction_lines) {
    MassBudgetLine l;
    l.term = label;
    l.category = MassTerm::reaction;
    budget_.lines.push_back(l);
  }
  first_fixed_ = budget_.lines.size();
  for (const std::string& name : fixed_sets) {
    MassBudgetLine l;
    l.term = name.empty() ? "concentration" : "concentration:" + name;
    l.category = MassTerm::fixed_concentration;
    budget_.lines.push_back(l);
  }
  first_term_ = budget_.lines.size();
  for (const FlowTerm& t : flow.terms) {
    MassBudgetLine l;
    l.term = budget_label(t);
    l.category = MassTerm::flow_term;
    l.kind = t.kind;
    budget_.lines.push_back(l);
  }
  first_group_ = budget_.lines.size();
  for (const ConnectionGroup& g : flow.extra_connections) {
    MassBudgetLine l;
    l.term = g.name;
    l.category = MassTerm::connection_group;
    budget_.lines.push_back(l);
  }
  step_in_.assign(budget_.lines.size(), 0.0);
  step_out_.assign(budget_.lines.size(), 0.0);
}

std::size_t MassBudgetBook::line_of(MassTerm single) const {
  if (std::size_t(single) >= kSingleLines) throw std::logic_error("line_of: not one of the solver's own lines");
  return std::size_t(single);
}

void MassBudgetBook::begin_step() {
  std::fill(step_in_.begin(), step_in_.end(), 0.0);
  std::fill(step_out_.begin(), step_out_.end(), 0.0);
}

void MassBudgetBook::add(std::size_t line, double in, double out) {
  step_in_[line] += in;
  step_out_[line] += out;
}

void MassBudgetBook::set_initial(double dissolved_mass, double sorbed_mass) {
  budget_.initial_dissolved_mass = budget_.dissolved_mass = dissolved_mass;
  budget_.initial_sorbed_mass = budget_.sorbed_mass = sorbed_mass;
}

void MassBudgetBook::end_step(double time, double dt, double dissolved_mass, double sorbed_mass) {
  double step_in = 0.0, step_out = 0.0;
  budget_.total_in = budget_.total_out = 0.0;
  for (std::size_t i = 0; i < budget_.lines.size(); ++i) {
    MassBudgetLine& l = budget_.lines[i];
    l.in += step_in_[i];
    l.out += step_out_[i];
    l.rate_in = dt > 0.0 ? step_in_[i] / dt : 0.0;
    l.rate_out = dt > 0.0 ? step_out_[i] / dt : 0.0;
    step_in += step_in_[i];
    step_out += step_out_[i];
    budget_.total_in += l.in;
    budget_.total_out += l.out;
  }
  budget_.time = time;
  budget_.dissolved_mass = dissolved_mass;
  budget_.sorbed_mass = sorbed_mass;
  budget_.step_discrepancy_percent = discrepancy(step_in, step_out);
  budget_.discrepancy_percent = discrepancy(budget_.total_in, budget_.total_out);
}

}  // namespace gwp::solver
