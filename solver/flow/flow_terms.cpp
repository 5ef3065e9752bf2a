#include "solver/flow/flow_terms.hpp"

#include <limits>
#include <stdexcept>
#include <string>

#include "solver/flow/saturation.hpp"
#include "solver/grid/connections.hpp"

namespace gwp::solver {

namespace {

bool needs_conductance(TermKind kind) {
  return kind == TermKind::general_head || kind == TermKind::river || kind == TermKind::drain;
}

void check_term(const FlowTerm& term, const Grid& grid) {
  const std::string where = std::string(to_string(term.kind)) + " term '" + term.name + "'";
  const std::size_t n = term.cells.size();
  if (needs_conductance(term.kind) && term.conductance.size() != n)
    throw std::invalid_argument(where + " has " + std::to_string(n) + " cells but " +
                                std::to_string(term.conductance.size()) + " conductances");
  if (!term.weight.empty() && term.weight.size() != n)
    throw std::invalid_argument(where + " has " + std::to_string(n) + " cells but " +
                                std::to_string(term.weight.size()) + " weights");
  if (!term.bottom.empty() && term.bottom.size() != n)
    throw std::invalid_argument(where + " has " + std::to_string(n) + " cells but " +
                                std::to_string(term.bottom.size()) + " bottoms");
  for (std::int64_t cell : term.cells) {
    if (cell < 0 || cell >= grid.cell_count())
      throw std::invalid_argument(where + " names cell index " + std::to_string(cell) +
                                  " outside the grid");
    if (!grid.active[std::size_t(cell)])
      throw std::invalid_argument(where + " acts on inactive cell " + cell_label(grid, cell));
  }
}

double weight_of(const FlowTerm& term, std::int64_t index) {
  return term.weight.empty() ? 1.0 : term.weight[std::size_t(index)];
}

}  // namespace

TermsByCell index_terms(const std::vector<FlowTerm>& terms, const Grid& grid) {
  TermsByCell index;
  index.start.assign(std::size_t(grid.cell_count() + 1), 0);
  for (const FlowTerm& term : terms) {
    check_term(term, grid);
    for (std::int64_t cell : term.cells) ++index.start[std::size_t(cell + 1)];
  }
  for (std::int64_t c = 0; c < grid.cell_count(); ++c)
    index.start[std::size_t(c + 1)] += index.start[std::size_t(c)];
  std::vector<std::int64_t> next(index.start.begin(), index.start.end() - 1);
  index.entries.resize(std::size_t(index.start.back()));
  for (std::size_t t = 0; t < terms.size(); ++t)
    for (std::size_t i = 0; i < terms[t].cells.size(); ++i)
      index.entries[std::size_t(next[std::size_t(terms[t].cells[i])]++)] = {int(t), std::int64_t(i)};
  return index;
}

HeadDependentFlow term_flow(const FlowTerm& term, std::int64_t index, const TermForcing& forcing,
                            double head, const WellCell& cell) {
  const std::size_t i = std::size_t(index);
  switch (term.kind) {
    case TermKind::fixed_head:
      throw std::logic_error("fixed heads have no flow law; their flow closes the cell balance");
    case TermKind::flux:
    case TermKind::recharge:
    case TermKind::landfill:
      return {forcing.rate * weight_of(term, index), 0.0};
    case TermKind::general_head:
      return general_head_flow(term.conductance[i], forcing.level, head);
    case TermKind::river: {
      const double bottom =
          term.bottom.empty() ? -std::numeric_limits<double>::infinity() : term.bottom[i];
      return river_flow(term.conductance[i], forcing.level, bottom, head);
    }
    case TermKind::drain:
      return drain_flow(term.conductance[i], forcing.level, head);
    case TermKind::well: {
      const double q = forcing.rate * weight_of(term, index);
      if (q >= 0.0 || !cell.convertible) return {q, 0.0};
      return {q * well_rate_factor(head, cell.top, cell.bottom, cell.reduction_fraction),
              q * well_rate_factor_derivative(head, cell.top, cell.bottom, cell.reduction_fraction)};
    }
  }
  return {};
}

}  // namespace gwp::solver
