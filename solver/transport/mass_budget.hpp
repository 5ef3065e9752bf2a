// The mass budget of a species, line by line, in grams since the start of the run, and in g/d
// over the last step. Every term of the transport equations reports what it moved (MF6's
// budget routines): storage (dissolved and sorbed: "in" is mass released from storage, "out"
// mass taken into it, summed cell by cell), each line of each reaction (cell_reaction.hpp, by
// the labels the reaction gives: decay of each phase, zero order, the flow-imbalance
// correction), each flow term by its flow-budget label (water entering brings its concentration in; water leaving takes
// the cell's out), each fixed-concentration set (the mass holding it took or gave), each
// extra-link group (mass passing through an abandoned well; internal, so in and out balance:
// its lines are the net exchange of each cell with the group), the mass that came or went with
// changes of the water volume between flow intervals (volume_change). The discrepancy is 100 (in - out) / ((in + out) /
// 2): with storage counted as in and out, this is 100 (in - out - storage change) / mean of the inflows and outflows.
#pragma once
#include <string>
#include <vector>

#include "solver/flow/flow_problem.hpp"

namespace gwp::solver {

enum class MassTerm {
  storage_dissolved,
  storage_sorbed,
  volume_change,
  reaction,             // the lines each reaction names (cell_reaction.hpp)
  fixed_concentration,  // one line per FixedConcentration set
  flow_term,            // one line per FlowTerm
  connection_group,     // one line per ConnectionGroup
};

struct MassBudgetLine {
  std::string term;                 // e.g. "storage:dissolved", "well:PW-1", "abandoned_well:AW-3"
  MassTerm category = MassTerm::flow_term;
  TermKind kind = TermKind::flux;   // the kind of a flow_term line; meaningless otherwise
  double in = 0.0, out = 0.0;       // g since the start (both >= 0)
  double rate_in = 0.0, rate_out = 0.0;  // g/d over the last step (both >= 0)
};

struct MassBudget {
  std::string species;
  double time = 0.0;                   // d
  std::vector<MassBudgetLine> lines;
  double dissolved_mass = 0.0;         // g in the model now
  double sorbed_mass = 0.0;            // g
  double initial_dissolved_mass = 0.0; // g at the start of the first step
  double initial_sorbed_mass = 0.0;    // g
  double total_in = 0.0, total_out = 0.0;  // g, sums of the lines
  double discrepancy_percent = 0.0;        // since the start
  double step_discrepancy_percent = 0.0;   // of the last step

  const MassBudgetLine* find(const std::string& term) const;
};

// Mass rates (g/d) of the last step to and from the flow terms of one kind (e.g. every river).
struct KindRates {
  TermKind kind = TermKind::flux;
  double in = 0.0, out = 0.0;
};
std::vector<KindRates> rates_by_kind(const MassBudget& budget);

// Throws ModelFailure naming the species, the time, the discrepancy and the largest lines when
// |discrepancy_percent| exceeds tolerance_percent.
void check_transport_budget(const MassBudget& budget, double tolerance_percent);

// Builds and keeps the budget of one species: the lines in a fixed order, and the step
// accounting (lines are addressed by index; see the line_* functions).
class MassBudgetBook {
 public:
  // Lines: storage (dissolved, sorbed), volume change, `reaction_lines` (labels, in order), each
  // fixed-concentration set, each flow term, each connection group.
  MassBudgetBook(const std::string& species, const std::vector<std::string>& reaction_lines,
                 const std::vector<std::string>& fixed_sets, const FlowProblem& flow);

  std::size_t line_of(MassTerm single) const;  // storage_dissolved, storage_sorbed or volume_change
  std::size_t reaction_line(std::size_t k) const { return first_reaction_ + k; }
  std::size_t fixed_line(std::size_t set) const { return first_fixed_ + set; }
  std::size_t term_line(std::size_t term) const { return first_term_ + term; }
  std::size_t group_line(std::size_t group) const { return first_group_ + group; }

  // Step accounting: begin, add masses (g) moved during the step, end.
  void begin_step();
  void add(std::size_t line, double in, double out);
  // Adds a signed mass (g): positive into the aquifer counts as in, negative as out.
  void add_signed(std::size_t line, double mass) { mass > 0.0 ? add(line, mass, 0.0) : add(line, 0.0, -mass); }
  void end_step(double time, double dt, double dissolved_mass, double sorbed_mass);
  void set_initial(double dissolved_mass, double sorbed_mass);

  const MassBudget& budget() const { return budget_; }

 private:
  MassBudget budget_;
  std::vector<double> step_in_, step_out_;
  std::size_t first_reaction_ = 0, first_fixed_ = 0, first_term_ = 0, first_group_ = 0;
};

}  // namespace gwp::solver
