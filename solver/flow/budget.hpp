// The flow budget at one time: one line per term (each FlowTerm by its label), one for
// storage, one per extra-connection group, each with its inflow to and outflow from the
// aquifer (m3/d), and the discrepancy 100 (in - out) / ((in + out) / 2) in percent.
//
// Flow through a connection group is internal (it leaves one cell and enters another), so a
// group's line has equal in and out; it is reported so that the flow through an abandoned
// well is visible in the budget. Its in/out are the net exchange of each cell with the group.
#pragma once
#include <string>
#include <vector>

#include "solver/flow/flow_solution.hpp"

namespace gwp::solver {

// "<kind>:<name>", e.g. "head:west", "river:Yujiang"; the kind alone when the name is empty.
std::string budget_label(const FlowTerm& term);

// Label of the storage line.
inline constexpr const char* kStorageLabel = "storage";

// What a budget line is: the term's kind ("head", "river", "well" ...), "storage", or
// "connection" for the internal exchange through an extra-connection group.
std::string budget_kind(const BudgetLine& line);

// Budget from the flows of a solution (term_flow, storage_flow, extra_flow must be filled).
// Connection-group lines carry the group's name as it is (models name them, e.g.
// "abandoned_well:AW-1").
FlowBudget flow_budget(const std::vector<FlowTerm>& terms,
                       const std::vector<ConnectionGroup>& groups, const FlowSolution& solution);

// Throws ModelFailure naming the time (d), the discrepancy and the largest lines when
// |discrepancy| exceeds tolerance_percent.
void check_budget(const FlowBudget& budget, double tolerance_percent, double time);

}  // namespace gwp::solver
