#include "solver/flow/flow_system.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "solver/common/parallel.hpp"
#include "solver/flow/conductance.hpp"
#include "solver/flow/saturation.hpp"

namespace gwp::solver {

namespace {

// Recharge and landfill leakage enter the highest wet cell of their column.
bool seeks_water_table(TermKind kind) { return kind == TermKind::recharge || kind == TermKind::landfill; }

void check_sizes(const FlowProblem& p) {
  if (!p.grid) throw std::invalid_argument("flow problem without a grid");
  const Grid& g = *p.grid;
  const std::size_t cells = std::size_t(g.cell_count());
  auto check = [&](const std::vector<double>& v, const char* what) {
    if (v.size() != cells)
      throw std::invalid_argument(std::string("flow problem: ") + what + " has " +
                                  std::to_string(v.size()) + " values for " +
                                  std::to_string(cells) + " cells");
  };
  check(p.properties.kh, "kh");
  check(p.properties.kv, "kv");
  check(p.properties.ss, "specific storage");
  check(p.properties.sy, "specific yield");
  check(p.initial_head, "initial head");
  if (p.layer_type.size() != std::size_t(g.nz))
    throw std::invalid_argument("flow problem: " + std::to_string(p.layer_type.size()) +
                                " layer types for " + std::to_string(g.nz) + " layers");
  if (g.active.size() != cells) throw std::invalid_argument("grid: active flags do not match cells");
  for (std::int64_t n = 0; n < g.cell_count(); ++n)
    if (g.active[std::size_t(n)] && !(g.thickness(n) > 0.0))
      throw std::invalid_argument("active cell " + cell_label(g, n) + " has thickness " +
                                  std::to_string(g.thickness(n)) + " m");
}

std::vector<ExtraLinkSet> link_sets(const std::vector<ConnectionGroup>& groups) {
  std::vector<ExtraLinkSet> sets;
  for (const ConnectionGroup& group : groups) sets.push_back({group.n, group.m});
  return sets;
}

}  // namespace

FlowSystem::FlowSystem(const FlowProblem& problem)
    : grid_(problem.grid), settings_(problem.settings), terms_(problem.terms),
      groups_(problem.extra_connections), barriers_(problem.barriers) {
  check_sizes(problem);
  const Grid& g = *grid_;
  const std::int64_t cells = g.cell_count();
  connections_ = build_connections(g, link_sets(groups_));
  terms_by_cell_ = index_terms(terms_, g);
  named_cells_.resize(terms_.size());
  for (std::size_t t = 0; t < terms_.size(); ++t)
    if (seeks_water_table(terms_[t].kind)) named_cells_[t] = terms_[t].cells;

  const CellProperties& props = problem.properties;
  convertible_.assign(std::size_t(cells), 0);
  storage_.resize(std::size_t(cells));
  for (std::int64_t n = 0; n < cells; ++n) {
    if (!g.active[std::size_t(n)]) continue;
    const bool conv = problem.layer_type[std::size_t(g.cell(n).k)] == LayerType::convertible;
    convertible_[std::size_t(n)] = conv;
    const double volume = g.area(n) * g.thickness(n);
    storage_[std::size_t(n)] = {conv, props.ss[std::size_t(n)] * volume,
                                props.sy[std::size_t(n)] * volume, g.cell_top(n), g.cell_bottom(n)};
  }

  // Saturated conductances with the full cell thickness; convertible links scale them later.
  link_conductance_.resize(std::size_t(connections_.grid_count));
  link_upstream_.assign(std::size_t(connections_.grid_count), 0);
  for (std::int64_t l = 0; l < connections_.grid_count; ++l) {
    const std::size_t i = std::size_t(l);
    const std::int64_t n = connections_.n[i], m = connections_.m[i];
    if (connections_.axis[i] == Axis::z) {
      link_conductance_[i] = vertical_conductance(props.kv[std::size_t(n)], g.thickness(n),
                                                  props.kv[std::size_t(m)], g.thickness(m),
                                                  connections_.plan_area[i]);
    } else {
      link_conductance_[i] = horizontal_conductance(
          props.kh[std::size_t(n)] * g.thickness(n), connections_.half_n[i],
          props.kh[std::size_t(m)] * g.thickness(m), connections_.half_m[i], connections_.width[i]);
      link_upstream_[i] = convertible_[std::size_t(n)] || convertible_[std::size_t(m)];
    }
  }

  barrier_faces_ = barrier_faces(barriers_, connections_, g);
  if (!barrier_faces_.empty()) open_conductance_ = link_conductance_;

  // Fixed heads: the last term that names a cell holds it.
  fixed_term_.assign(std::size_t(cells), -1);
  fixed_index_.assign(std::size_t(cells), -1);
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    if (terms_[t].kind != TermKind::fixed_head) continue;
    for (std::size_t i = 0; i < terms_[t].cells.size(); ++i) {
      fixed_term_[std::size_t(terms_[t].cells[i])] = int(t);
      fixed_index_[std::size_t(terms_[t].cells[i])] = std::int64_t(i);
    }
  }

  unknown_.assign(std::size_t(cells), 0);
  for (std::int64_t n = 0; n < cells; ++n) {
    unknown_[std::size_t(n)] = g.active[std::size_t(n)] && fixed_term_[std::size_t(n)] < 0;
    if (unknown_[std::size_t(n)] && convertible_[std::size_t(n)]) all_confined_ = false;
    unknown_count_ += unknown_[std::size_t(n)];
  }
  matrix_ = build_cell_matrix(connections_, unknown_);
  forcing_.resize(terms_.size());
  extra_link_conductance_.assign(std::size_t(connections_.extra_count()), 0.0);
}

void FlowSystem::set_forcing(double t, double dt, const std::vector<double>& old_head) {
  if (matrix_.rows() != unknown_count_) matrix_ = build_cell_matrix(connections_, unknown_);
  for (std::size_t k = 0; k < terms_.size(); ++k)
    forcing_[k] = {terms_[k].level.at(t), terms_[k].rate.at(t)};
  for (std::int64_t e = 0; e < connections_.extra_count(); ++e) {
    const int set = connections_.extra_set[std::size_t(e)];
    const std::vector<double>& c = groups_[std::size_t(set)].conductance_at(t);
    const std::int64_t pair = connections_.extra_index[std::size_t(e)];
    if (std::size_t(pair) >= c.size())
      throw std::invalid_argument("connection group '" + groups_[std::size_t(set)].name +
                                  "' has " + std::to_string(c.size()) +
                                  " conductances for its pairs at t = " + std::to_string(t) + " d");
    extra_link_conductance_[std::size_t(e)] = c[std::size_t(pair)];
  }
  if (!barrier_faces_.empty()) apply_barriers(barriers_, barrier_faces_, t, open_conductance_, link_conductance_);
  dt_ = dt > 0.0 ? dt : 0.0;
  old_head_ = old_head;
}

bool FlowSystem::place_on_water_table(const std::vector<double>& head) {
  const Grid& g = *grid_;
  bool moved = false;
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    if (!seeks_water_table(terms_[t].kind)) continue;
    for (std::size_t i = 0; i < named_cells_[t].size(); ++i) {
      const CellIndex top = g.cell(named_cells_[t][i]);
      std::int64_t target = -1, lowest = -1;
      for (int k = top.k; k < g.nz && target < 0; ++k) {
        const std::int64_t n = g.index(k, top.i, top.j);
        if (!g.active[std::size_t(n)]) continue;
        lowest = n;
        if (!convertible(n) || fixed(n) || head[std::size_t(n)] > g.cell_bottom(n)) target = n;
      }
      if (target < 0) target = lowest;
      if (terms_[t].cells[i] != target) {
        terms_[t].cells[i] = target;
        moved = true;
      }
    }
  }
  if (moved) terms_by_cell_ = index_terms(terms_, g);
  return moved;
}

std::vector<std::vector<std::int64_t>> FlowSystem::term_cells() const {
  std::vector<std::vector<std::int64_t>> out;
  out.reserve(terms_.size());
  for (const FlowTerm& t : terms_) out.push_back(t.cells);
  return out;
}

void FlowSystem::impose_fixed_heads(std::vector<double>& head) const {
  for (std::int64_t n = 0; n < grid_->cell_count(); ++n)
    if (fixed_term_[std::size_t(n)] >= 0) head[std::size_t(n)] = forcing_[std::size_t(fixed_term_[std::size_t(n)])].level;
}

double FlowSystem::extra_conductance(std::int64_t link) const {
  return extra_link_conductance_[std::size_t(link - connections_.grid_count)];
}

LinkFlow FlowSystem::link_flow(std::int64_t link, const std::vector<double>& head) const {
  const std::size_t l = std::size_t(link);
  const std::int64_t n = connections_.n[l], m = connections_.m[l];
  const double hn = head[std::size_t(n)], hm = head[std::size_t(m)];
  if (!connections_.is_grid_link(link) || !link_upstream_[l]) {
    const double c = connections_.is_grid_link(link) ? link_conductance_[l] : extra_conductance(link);
    return {c * (hn - hm), c, -c};
  }
  // Upstream weighting: the cell with the higher head sets the saturated fraction.
  const bool n_up = hn >= hm;
  const std::int64_t up = n_up ? n : m;
  const double h_up = n_up ? hn : hm;
  double s = 1.0, ds = 0.0;
  if (convertible_[std::size_t(up)]) {
    const double top = grid_->cell_top(up), bottom = grid_->cell_bottom(up);
    s = kDryConductanceFraction + (1.0 - kDryConductanceFraction) * saturated_fraction(h_up, top, bottom);
    ds = (1.0 - kDryConductanceFraction) * saturated_fraction_derivative(h_up, top, bottom);
  }
  const double csat = link_conductance_[l];
  const double c = csat * s;
  const double dc = csat * ds * (hn - hm);  // derivative of q through the upstream fraction
  return n_up ? LinkFlow{c * (hn - hm), c + dc, -c} : LinkFlow{c * (hn - hm), c, -c + dc};
}

HeadDependentFlow FlowSystem::entry_flow(const TermEntry& entry, double head) const {
  const FlowTerm& term = terms_[std::size_t(entry.term)];
  const std::int64_t cell = term.cells[std::size_t(entry.index)];
  const CellStorage& s = storage_[std::size_t(cell)];
  const WellCell well_cell{s.convertible, s.top, s.bottom, settings_.well_reduction_fraction};
  return gwp::solver::term_flow(term, entry.index, forcing_[std::size_t(entry.term)], head, well_cell);
}

double FlowSystem::term_flow(int term, std::int64_t index, const std::vector<double>& head) const {
  const FlowTerm& t = terms_[std::size_t(term)];
  if (t.kind == TermKind::fixed_head) return fixed_flow(term, index, head);
  return entry_flow({term, index}, head[std::size_t(t.cells[std::size_t(index)])]).q;
}

double FlowSystem::storage_flow(std::int64_t cell, const std::vector<double>& head) const {
  if (dt_ <= 0.0 || !grid_->active[std::size_t(cell)] || fixed(cell)) return 0.0;
  const CellStorage& s = storage_[std::size_t(cell)];
  return (stored_volume(s, old_head_[std::size_t(cell)]) - stored_volume(s, head[std::size_t(cell)])) / dt_;
}

double FlowSystem::fixed_flow(int term, std::int64_t index, const std::vector<double>& head) const {
  const std::int64_t cell = terms_[std::size_t(term)].cells[std::size_t(index)];
  if (fixed_term_[std::size_t(cell)] != term || fixed_index_[std::size_t(cell)] != index) return 0.0;
  double inflow = 0.0;
  for (std::int64_t e = connections_.adjacency_start[std::size_t(cell)];
       e < connections_.adjacency_start[std::size_t(cell + 1)]; ++e) {
    const std::int64_t link = connections_.adjacency_link[std::size_t(e)];
    const double q = link_flow(link, head).q;
    inflow += connections_.n[std::size_t(link)] == cell ? -q : q;
  }
  for (std::int64_t k = terms_by_cell_.start[std::size_t(cell)];
       k < terms_by_cell_.start[std::size_t(cell + 1)]; ++k) {
    const TermEntry& entry = terms_by_cell_.entries[std::size_t(k)];
    if (terms_[std::size_t(entry.term)].kind == TermKind::fixed_head) continue;
    inflow += entry_flow(entry, head[std::size_t(cell)]).q;
  }
  return -inflow;
}

FlowSystem::Row FlowSystem::assemble_row(std::int64_t row, const std::vector<double>& head,
                                         double* values, std::uint8_t* branch) const {
  const std::int64_t cell = matrix_.cell_of_row[std::size_t(row)];
  const std::int64_t diag = matrix_.diagonal[std::size_t(row)];
  const SparseMatrix& a = matrix_.matrix;
  std::fill(values + a.outerIndexPtr()[row], values + a.outerIndexPtr()[row + 1], 0.0);
  Row r;
  for (std::int64_t e = connections_.adjacency_start[std::size_t(cell)];
       e < connections_.adjacency_start[std::size_t(cell + 1)]; ++e) {
    const std::int64_t link = connections_.adjacency_link[std::size_t(e)];
    const LinkFlow f = link_flow(link, head);
    const bool is_n = connections_.n[std::size_t(link)] == cell;
    // Inflow into this cell and its derivatives with respect to this cell and the other one.
    const double q_in = is_n ? -f.q : f.q;
    const double d_self = is_n ? -f.dq_dn : f.dq_dm;
    const double d_other = is_n ? -f.dq_dm : f.dq_dn;
    r.residual += q_in;
    r.throughput += std::abs(q_in);
    values[diag] -= d_self;
    const std::int64_t pos = matrix_.link_position[std::size_t(e)];
    if (pos >= 0) values[pos] -= d_other;
  }
  const double h = head[std::size_t(cell)];
  for (std::int64_t k = terms_by_cell_.start[std::size_t(cell)];
       k < terms_by_cell_.start[std::size_t(cell + 1)]; ++k) {
    const HeadDependentFlow f = entry_flow(terms_by_cell_.entries[std::size_t(k)], h);
    r.residual += f.q;
    r.throughput += std::abs(f.q);
    values[diag] -= f.dq_dh;
    branch[k] = f.dq_dh != 0.0;
  }
  if (dt_ > 0.0) {
    const CellStorage& s = storage_[std::size_t(cell)];
    const double q = (stored_volume(s, old_head_[std::size_t(cell)]) - stored_volume(s, h)) / dt_;
    r.residual += q;
    r.throughput += std::abs(q);
    values[diag] += storage_capacity(s, h) / dt_;
  }
  r.throughput *= 0.5;
  return r;
}

void FlowSystem::assemble(const std::vector<double>& head, Eigen::VectorXd& rhs,
                          AssemblyReport& report) {
  const std::int64_t rows = unknowns();
  rhs.resize(rows);
  report.branch.assign(terms_by_cell_.entries.size(), 0);
  std::vector<double> scaled(static_cast<std::size_t>(rows));
  double* values = matrix_.values();
  std::uint8_t* branch = report.branch.data();
  parallel_for(0, rows, [&](std::int64_t row) {
    const Row r = assemble_row(row, head, values, branch);
    rhs[row] = r.residual;
    scaled[std::size_t(row)] = std::abs(r.residual) / std::max(1.0, r.throughput);
  });
  report.worst_scaled_residual = 0.0;
  report.worst_residual = 0.0;
  report.worst_cell = -1;
  for (std::int64_t row = 0; row < rows; ++row)
    if (!(scaled[std::size_t(row)] <= report.worst_scaled_residual)) {  // catches NaN too
      report.worst_scaled_residual = scaled[std::size_t(row)];
      report.worst_residual = rhs[row];
      report.worst_cell = matrix_.cell_of_row[std::size_t(row)];
      if (std::isnan(scaled[std::size_t(row)])) break;
    }
}

}  // namespace gwp::solver
