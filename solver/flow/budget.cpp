#include "solver/flow/budget.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/errors.hpp"

namespace gwp::solver {

std::string budget_kind(const BudgetLine& line) {
  // A BudgetLine's kind is meaningless for storage and connection groups; term lines are
  // labelled "<kind>:<name>" (or the kind alone), which tells the two cases apart.
  if (line.term == kStorageLabel) return "storage";
  const std::string kind = to_string(line.kind);
  if (line.term == kind || line.term.starts_with(kind + ":")) return kind;
  return "connection";
}

std::string budget_label(const FlowTerm& term) {
  std::string label = to_string(term.kind);
  if (!term.name.empty()) label += ":" + term.name;
  return label;
}

namespace {

void add_flow(BudgetLine& line, double q) {
  if (q > 0.0) line.inflow += q;
  else line.outflow -= q;
}

}  // namespace

FlowBudget flow_budget(const std::vector<FlowTerm>& terms,
                       const std::vector<ConnectionGroup>& groups, const FlowSolution& solution) {
  FlowBudget budget;
  BudgetLine storage;
  storage.term = kStorageLabel;
  for (double q : solution.storage_flow) add_flow(storage, q);
  budget.lines.push_back(storage);

  for (std::size_t t = 0; t < terms.size(); ++t) {
    BudgetLine line;
    line.term = budget_label(terms[t]);
    line.kind = terms[t].kind;
    if (t < solution.term_flow.size())
      for (double q : solution.term_flow[t]) add_flow(line, q);
    budget.lines.push_back(line);
  }

  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::unordered_map<std::int64_t, double> exchange;  // per cell, into the aquifer
    if (g < solution.extra_flow.size())
      for (std::size_t p = 0; p < solution.extra_flow[g].size(); ++p) {
        const double q = solution.extra_flow[g][p];
        exchange[groups[g].n[p]] -= q;
        exchange[groups[g].m[p]] += q;
      }
    BudgetLine line;
    line.term = groups[g].name;
    for (const auto& [cell, q] : exchange) add_flow(line, q);
    budget.lines.push_back(line);
  }

  double in = 0.0, out = 0.0;
  for (const BudgetLine& line : budget.lines) {
    in += line.inflow;
    out += line.outflow;
  }
  budget.discrepancy_percent = in + out > 0.0 ? 100.0 * (in - out) / (0.5 * (in + out)) : 0.0;
  return budget;
}

void check_budget(const FlowBudget& budget, double tolerance_percent, double time) {
  if (std::abs(budget.discrepancy_percent) <= tolerance_percent) return;
  double in = 0.0, out = 0.0;
  for (const BudgetLine& line : budget.lines) {
    in += line.inflow;
    out += line.outflow;
  }
  std::vector<BudgetLine> lines = budget.lines;
  std::sort(lines.begin(), lines.end(), [](const BudgetLine& a, const BudgetLine& b) {
    return std::max(a.inflow, a.outflow) > std::max(b.inflow, b.outflow);
  });
  char head[256];
  std::snprintf(head, sizeof head,
                "flow budget at t = %g d is off by %.4g %% (tolerance %g %%): in %.6g m3/d, "
                "out %.6g m3/d; largest lines:",
                time, budget.discrepancy_percent, tolerance_percent, in, out);
  std::string message = head;
  for (std::size_t i = 0; i < lines.size() && i < 3; ++i) {
    char part[256];
    std::snprintf(part, sizeof part, " %s (in %.6g, out %.6g)", lines[i].term.c_str(),
                  lines[i].inflow, lines[i].outflow);
    message += part;
  }
  throw ModelFailure(message);
}

}  // namespace gwp::solver
