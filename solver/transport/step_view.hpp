// What every term of the transport equations sees while one step of one species is assembled,
// and the row of the matrix it adds to.
//
// Every term is a mass rate into a cell (g/d), linear in the concentrations (or linearised at
// c_iter). Rate terms are weighted in time: w times the rate at the new concentrations (into
// the matrix) plus (1 - w) times the rate at the old ones (into the right-hand side), with
// w = 1 (implicit), 1/2 (Crank-Nicolson) or 0 (explicit). Links and cells that hold no water
// are always implicit: a cell without water cannot pass on anything explicitly.
#pragma once
#include <cstdint>
#include <vector>

#include "solver/grid/connections.hpp"
#include "solver/transport/flow_interface.hpp"
#include "solver/transport/transport_problem.hpp"

namespace gwp::solver {

// What the first-order decay of one species took out of each cell over its latest step, as its
// budget lines "decay:dissolved" and "decay:sorbed" counted it: g/d per cell, >= 0 for a loss.
// Recorded by the solver for the species that feed others (parents of a reaction chain); empty
// for the rest.
struct DecayedRates {
  std::vector<double> dissolved, sorbed;
};

struct StepView {
  const Grid* grid = nullptr;
  const Connections* links = nullptr;
  const TransportFlow* flow = nullptr;
  const std::vector<double>* porosity = nullptr;      // - per cell
  const std::vector<double>* bulk_density = nullptr;  // kg/L per cell
  const SpeciesProblem* species = nullptr;
  double t0 = 0.0, t1 = 0.0;   // d, start and end of the step
  double weight = 1.0;         // w
  // mg/L per cell at t0: what the step's equations start from (in a transport step, the
  // concentrations after the correction at the start of the step).
  const double* c_old = nullptr;
  const double* c_iter = nullptr;  // mg/L per cell, where nonlinear terms are linearised
  double slope_floor = 0.0;        // mg/L, see SorbedStorage
  // Per cell, the fraction (0..1) of a zero-order loss still applied (see DecayReaction); null = all.
  const double* zero_order_scale = nullptr;
  // Per species, what its decay took over its latest step (DecayedRates). The species a
  // reaction reads (CellReaction::species_before) have taken this very step already.
  const std::vector<DecayedRates>* decayed = nullptr;

  double dt() const { return t1 - t0; }
  double t_mid() const { return 0.5 * (t0 + t1); }
  bool no_water(std::int64_t cell) const { return flow->no_water[std::size_t(cell)] != 0; }
  double link_weight(std::int64_t link) const {
    const std::size_t l = std::size_t(link);
    return no_water(links->n[l]) || no_water(links->m[l]) ? 1.0 : weight;
  }
  double cell_weight(std::int64_t cell) const { return no_water(cell) ? 1.0 : weight; }
  // Saturated volume (m3) and water volume theta V (m3) at the start and end of the step.
  double volume_old(std::int64_t cell) const { return flow->volume_at(cell, t0); }
  double volume_new(std::int64_t cell) const { return flow->volume_at(cell, t1); }
  double water_old(std::int64_t cell) const { return (*porosity)[std::size_t(cell)] * volume_old(cell); }
  double water_new(std::int64_t cell) const { return (*porosity)[std::size_t(cell)] * volume_new(cell); }
  // Weighted concentration of a cell for a rate term: w c_new + (1 - w) c_old.
  double weighted(std::int64_t cell, const double* c_new) const {
    const double w = cell_weight(cell);
    return w * c_new[std::size_t(cell)] + (1.0 - w) * c_old[std::size_t(cell)];
  }
};

// One row of the matrix (the cell's equation, in g/d) and its right-hand side.
struct RowRef {
  double* values = nullptr;                 // the matrix value array
  std::int64_t first = 0, last = 0;         // the row's entries are values[first .. last)
  std::int64_t diagonal = 0;                // index of the row's diagonal entry in `values`
  const std::int32_t* positions = nullptr;  // CellMatrix::link_position of the cell's first link
  double rhs = 0.0;
  // Only the right-hand side is wanted: the matrix holds this row's values already.
  bool rhs_only = false;

  void add_diagonal(double v) {
    if (!rhs_only) values[diagonal] += v;
  }
  // Replaces the row by c = value.
  void hold(double value) {
    rhs = value;
    if (rhs_only) return;
    for (std::int64_t k = first; k < last; ++k) values[k] = 0.0;
    values[diagonal] = 1.0;
  }
  // `entry`: the position of the link among the cell's links (0 = first).
  void add_neighbour(std::int64_t entry, double v) {
    if (!rhs_only) values[positions[entry]] += v;
  }
};

// Adds a link flux F = a_n c_n + a_m c_m (g/d, from cell n to cell m of the link) to the row of
// `cell` (one of the two), weighted in time by w: the rate into the cell is -F for n, +F for m.
inline void add_link_flux(RowRef& row, std::int64_t entry, bool cell_is_n, double a_n, double a_m,
                          double w, double c_old_n, double c_old_m) {
  const double s = cell_is_n ? -1.0 : 1.0;
  row.add_diagonal(-w * s * (cell_is_n ? a_n : a_m));
  row.add_neighbour(entry, -w * s * (cell_is_n ? a_m : a_n));
  row.rhs += (1.0 - w) * s * (a_n * c_old_n + a_m * c_old_m);
}

}  // namespace gwp::solver
