// What the flow solver returns at a time: heads, flows across every connection and through
// every term, and the budget. This is all transport needs.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "solver/flow/flow_problem.hpp"

namespace gwp::solver {

struct BudgetLine {
  std::string term;   // e.g. "storage", "head:west", "river:Yujiang", "abandoned_well:AW-1"
  TermKind kind = TermKind::flux;  // meaningless for storage and connections
  double inflow = 0.0;   // m3/d into the aquifer
  double outflow = 0.0;  // m3/d out of the aquifer (positive number)
};

struct FlowBudget {
  std::vector<BudgetLine> lines;
  double discrepancy_percent = 0.0;  // 100 (in - out) / ((in + out) / 2)
};

struct FlowSolution {
  double time = 0.0;                     // d
  std::vector<double> head;              // m per cell (inactive cells: the value of dry/inactive marker)
  std::vector<std::uint8_t> dry;         // 1 where a convertible cell has gone dry
  // Flow across each grid connection (see Connections), m3/d, positive from n to m.
  std::vector<double> connection_flow;
  // Per extra-connection group and pair, m3/d positive from n to m.
  std::vector<std::vector<double>> extra_flow;
  // Per term and cell, m3/d positive into the aquifer.
  std::vector<std::vector<double>> term_flow;
  // Per term, the cell each entry acted on: the problem's cells, except recharge and landfill
  // leakage, which enter the highest wet cell of their column (FlowSystem::place_on_water_table).
  // Empty: the problem's cells.
  std::vector<std::vector<std::int64_t>> term_cells;
  // Water released from storage per cell over the step, m3/d (positive out of storage into flow).
  std::vector<double> storage_flow;
  FlowBudget budget;
  int outer_iterations = 0;
  int linear_iterations = 0;
  std::string linear_method;  // of the last linear solve, e.g. "CG+AMG" (empty: none needed)
  // Which solve of its FlowSolver this is (1, 2, ...; 0: not from a solver). A steady state
  // carried on to later times keeps its number: the transport then need not read it again.
  long solve_number = 0;
};

}  // namespace gwp::solver
