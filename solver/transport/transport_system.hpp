// The transport equations of one model on the cells and links the flow solver uses: one row
// per active cell, the sparsity pattern of the links built once, the terms, and the assembly
// of one step of one species. The core terms are called by name, in a fixed order, for every
// row: dissolved storage, sorbed storage, advection, dispersion, sources and sinks; then every
// reaction (cell_reaction.hpp): decay, the species' own reactions, the flow-imbalance
// correction; then a held (fixed-concentration) row, or a row of a cell that
// neither holds nor receives water, is replaced by C = value.
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

#include "solver/flow/flow_problem.hpp"
#include "solver/grid/connections.hpp"
#include "solver/linear/cell_matrix.hpp"
#include "solver/transport/advection.hpp"
#include "solver/transport/decay.hpp"
#include "solver/transport/dispersion.hpp"
#include "solver/transport/fixed_concentration.hpp"
#include "solver/transport/flow_imbalance.hpp"
#include "solver/transport/sorption.hpp"
#include "solver/transport/sources.hpp"
#include "solver/transport/storage.hpp"

namespace gwp::solver {

class TransportSystem {
 public:
  TransportSystem(const TransportProblem& problem, const FlowProblem& flow, const Connections& links);
  // The reactions point into the system: it stays where it was made.
  TransportSystem(const TransportSystem&) = delete;
  TransportSystem& operator=(const TransportSystem&) = delete;

  const Connections& links() const { return *links_; }
  const CellMatrix& cells() const { return matrix_; }
  const SparseMatrix& matrix() const { return matrix_.matrix; }
  const Eigen::VectorXd& rhs() const { return rhs_; }
  std::int64_t rows() const { return matrix_.rows(); }

  // Coefficients that hold over a flow interval.
  void prepare(const TransportFlow& flow);
  // Whether some cell's water volume changes within the flow interval last prepared.
  bool volumes_vary() const { return volumes_vary_; }
  // What holds over one step of one species: source masses, held cells, its reactions.
  void prepare_step(const StepView& s);
  // Fills the matrix and right-hand side of the step's equations (g/d per row). Returns whether
  // the matrix changed. It does not when it was last assembled for the same species, step
  // length and time weighting, flow interval and held cells, nothing in it depends on the
  // concentrations (no nonlinear sorption, no limited zero-order loss) and the water volumes do
  // not change in time: then only the right-hand side is filled (on implicit steps without
  // the link terms, whose share of it is zero), which is most steps of a steady-flow run.
  bool assemble(const StepView& s);
  // Whether the row of `cell` is replaced by C = C_old: no water at either end of the step and
  // none flowing in, so the cell neither holds nor passes on mass.
  bool frozen(const StepView& s, std::int64_t cell) const;
  // The same from the flows alone: no water, and no more than a trickle flowing in.
  bool frozen_cell(std::int64_t cell, const TransportFlow& flow) const;
  // Net rate into `cell` (g/d) of every rate term as the equations of the step see it.
  double rate(const StepView& s, std::int64_t cell, const double* c_new) const;

  DissolvedStorage storage;
  SorbedStorage sorption;
  Advection advection;
  Dispersion dispersion;
  DecayReaction decay;
  Sources sources;
  FlowImbalance imbalance;
  FixedConcentrations fixed;

  // The reactions of a species in order: decay, its own (SpeciesProblem::reactions), the
  // flow-imbalance correction. Throws std::invalid_argument for a reaction with no budget line
  // or more than kMaxReactionLines.
  std::vector<const CellReaction*> reactions_of(const SpeciesProblem& species) const;
  // The labels of all their budget lines, in order.
  std::vector<std::string> reaction_labels(const SpeciesProblem& species) const;
  // Of the species last prepared (prepare_step): its reactions and the number of lines of each.
  const std::vector<const CellReaction*>& step_reactions() const { return step_reactions_; }
  const std::vector<std::size_t>& step_reaction_lines() const { return step_lines_; }

 private:
  // What the matrix was last assembled for.
  struct MatrixKey {
    const SpeciesProblem* species = nullptr;  // null: nothing assembled, or not reusable
    double dt = 0.0, weight = 0.0;
    long flow_version = -1;
    std::vector<std::int64_t> held;
    bool operator==(const MatrixKey& o) const {
      return species == o.species && dt == o.dt && weight == o.weight && flow_version == o.flow_version &&
             held == o.held;
    }
  };
  MatrixKey key_of(const StepView& s) const;

  const Grid* grid_;
  const Connections* links_;
  CellMatrix matrix_;
  Eigen::VectorXd rhs_;
  long flow_version_ = 0;       // counts prepare() calls
  bool volumes_vary_ = false;   // some cell's water volume changes within the flow interval
  MatrixKey assembled_;
  std::vector<const CellReaction*> step_reactions_;
  std::vector<std::size_t> step_lines_;
};

}  // namespace gwp::solver
