#include "models/features/boundaries.hpp"

#include <map>

#include "models/line_cells.hpp"
#include "models/selection.hpp"
#include "solver/flow/conductance.hpp"

namespace gwp::model {

namespace {

const char* type_name(Boundary::Type t) {
  switch (t) {
    case Boundary::Type::head: return "head";
    case Boundary::Type::flux: return "flux";
    case Boundary::Type::general_head: return "general_head";
    case Boundary::Type::river: return "river";
    case Boundary::Type::drain: return "drain";
  }
  return "boundary";
}

solver::TermKind term_kind(Boundary::Type t) {
  switch (t) {
    case Boundary::Type::head: return solver::TermKind::fixed_head;
    case Boundary::Type::flux: return solver::TermKind::flux;
    case Boundary::Type::general_head: return solver::TermKind::general_head;
    case Boundary::Type::river: return solver::TermKind::river;
    case Boundary::Type::drain: return solver::TermKind::drain;
  }
  return solver::TermKind::flux;
}

// Bed conductance of one river cell, m2/d: given per cell, or K_bed A / thickness with A the
// bed area in the cell (the cell's plan area, or for a reach along a line the part of the cell
// the reach covers).
double river_conductance(const Boundary& b, double bed_area) {
  if (b.conductance) return *b.conductance;
  return solver::riverbed_conductance(*b.bed_k, *b.bed_thickness, bed_area);
}

// Bed area (m2) per column (i * nx + j) of a river reach along a line of the given width.
std::map<std::int64_t, double> reach_bed_areas(const Boundary& b, const gwp::Grid& grid) {
  std::map<std::int64_t, double> out;
  for (const LineColumn& c : line_columns(grid, b.where.line, b.where.width)) {
    const std::int64_t column = std::int64_t(c.i) * grid.nx + c.j;
    out[column] = bed_area(c, *b.where.width, grid.area(column));
  }
  return out;
}

}  // namespace

std::string boundary_name(const Boundary& b, std::size_t index) {
  if (!b.name.empty()) return b.name;
  return std::string(type_name(b.type)) + " " + std::to_string(index + 1);
}

void add_boundaries(const Case& c, const BuiltGrid& g, solver::FlowProblem& problem, std::vector<WaterQuality>& quality,
                    Diagnostics& d) {
  for (std::size_t ib = 0; ib < c.flow.boundaries.size(); ++ib) {
    const Boundary& b = c.flow.boundaries[ib];
    solver::FlowTerm term;
    term.name = boundary_name(b, ib);
    term.kind = term_kind(b.type);
    term.cells = select_cells(b.where, g, d);
    const bool needs_conductance = b.type == Boundary::Type::general_head || b.type == Boundary::Type::drain ||
                                   b.type == Boundary::Type::river;
    if (needs_conductance && !b.conductance && !(b.type == Boundary::Type::river && b.bed_k && b.bed_thickness)) {
      d.add(b.location, b.type == Boundary::Type::river
                            ? "a river needs bed_conductance, or bed_k with bed_thickness"
                            : std::string("a ") + type_name(b.type) + " boundary needs conductance");
      continue;
    }
    // A reach along a line with bed_k has its bed area from the line's width.
    const bool along_line = b.type == Boundary::Type::river && b.where.kind == Selection::Kind::line && !b.conductance;
    if (along_line && !b.where.width) {
      d.add(b.location, "a river along a line with bed_k needs the reach's width (or bed_conductance per cell)");
      continue;
    }
    const auto bed_areas = along_line ? reach_bed_areas(b, g.grid) : std::map<std::int64_t, double>{};
    for (std::int64_t n : term.cells) {
      const double area = along_line ? bed_areas.at(n % g.grid.column_count()) : g.grid.area(n);
      switch (b.type) {
        case Boundary::Type::head: break;
        case Boundary::Type::flux: term.weight.push_back(1.0); break;
        case Boundary::Type::general_head:
        case Boundary::Type::drain: term.conductance.push_back(*b.conductance); break;
        case Boundary::Type::river:
          term.conductance.push_back(river_conductance(b, area));
          term.bottom.push_back(b.bottom);
          break;
      }
    }
    if (b.type == Boundary::Type::flux) term.rate = b.flux;
    else term.level = b.head;
    problem.terms.push_back(std::move(term));
    quality.push_back(constant_quality(b.inflow_concentration));
  }
}

}  // namespace gwp::model
