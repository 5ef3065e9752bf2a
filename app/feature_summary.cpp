#include "app/feature_summary.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>

#include "core/plane_geometry.hpp"
#include "core/short_number.hpp"
#include "models/reaction_chains.hpp"

namespace gwp::app {

namespace {

constexpr double kMillimetresPerYearPerMetrePerDay = 365.25 * 1000.0;  // mm/yr in 1 m/d
constexpr double kSquareMetresPerHectare = 1e4;

std::string quantity(double value, const std::string& unit) { return short_number(value) + " " + unit; }

std::string area_text(double square_metres) {
  return square_metres >= 1e4 ? quantity(square_metres / kSquareMetresPerHectare, "ha") : quantity(square_metres, "m2");
}

// The plan area (m2) of the columns a term acts on (one entry per column for area sources).
double column_area(const Grid& grid, const std::vector<std::int64_t>& cells) {
  double area = 0.0;
  for (std::int64_t n : cells) area += grid.area(n);
  return area;
}

const solver::FlowTerm* term_named(const model::Model& m, const std::string& name, solver::TermKind kind) {
  for (const solver::FlowTerm& t : m.flow.terms)
    if (t.name == name && t.kind == kind) return &t;
  return nullptr;
}

std::string time_text(double t, const std::optional<Date>& start) { return time_label(t, start); }

void print_landfills(const model::Model& m, const std::optional<Date>& start, std::ostream& out) {
  const Grid& g = m.grid->grid;
  for (const model::Landfill& l : m.source.landfills) {
    const solver::FlowTerm* t = term_named(m, l.name, solver::TermKind::landfill);
    const std::vector<std::int64_t> none;
    const std::vector<std::int64_t>& cells = t ? t->cells : none;
    out << "  landfill       " << l.name << ": " << area_text(polygon_area(l.polygon)) << " (its cells "
        << area_text(column_area(g, cells)) << ", " << cells.size() << " columns); ";
    if (l.liner) out << "leakage through its liner";
    else out << "leakage " << schedule_text(l.leakage, kMillimetresPerYearPerMetrePerDay, "mm/yr", start);
    out << "; leaks from " << time_text(l.start, start);
    if (l.end) out << " to " << time_text(*l.end, start);
    out << "\n";
    for (const auto& [species, schedule] : l.leachate) {
      out << "                   leachate " << species << " " << schedule_text(schedule, 1.0, "mg/L", start);
      const auto decline = l.decline.find(species);
      if (decline != l.decline.end() && decline->second.rate > 0.0)
        out << ", declining with a half-life of " << quantity(std::log(2.0) / decline->second.rate / 365.25, "yr");
      out << "\n";
    }
  }
}

void print_recharge(const model::Model& m, const std::optional<Date>& start, std::ostream& out) {
  const Grid& g = m.grid->grid;
  for (std::size_t r = 0; r < m.source.flow.recharge.size(); ++r) {
    const model::Recharge& rc = m.source.flow.recharge[r];
    const std::string name = m.source.flow.recharge.size() == 1 ? "recharge" : "recharge " + std::to_string(r + 1);
    // Its own term, and one per landfill for the columns under it (models/features/recharge).
    std::size_t columns = 0, under = 0;
    double area = 0.0;
    for (const solver::FlowTerm& t : m.flow.terms) {
      if (t.kind != solver::TermKind::recharge || (t.name != name && t.name.rfind(name + " (", 0) != 0)) continue;
      columns += t.cells.size();
      area += column_area(g, t.cells);
      if (t.name != name) under += t.cells.size();
    }
    out << "  recharge       " << name << ": " << schedule_text(rc.rate, kMillimetresPerYearPerMetrePerDay, "mm/yr", start)
        << " over " << columns << " columns (" << area_text(area) << ")";
    if (under > 0) out << ", " << under << " of them under landfills, where leakage replaces it while they leak";
    out << "; enters the highest wet cell of each column\n";
  }
}

const char* boundary_kind(model::Boundary::Type type) {
  switch (type) {
    case model::Boundary::Type::head: return "fixed head";
    case model::Boundary::Type::flux: return "flux";
    case model::Boundary::Type::general_head: return "general head";
    case model::Boundary::Type::river: return "river";
    case model::Boundary::Type::drain: return "drain";
  }
  return "boundary";
}

void print_boundaries(const model::Model& m, const std::optional<Date>& start, std::ostream& out) {
  const Grid& g = m.grid->grid;
  for (std::size_t b = 0; b < m.source.flow.boundaries.size(); ++b) {
    const model::Boundary& bd = m.source.flow.boundaries[b];
    const solver::FlowTerm* term = nullptr;
    for (const solver::FlowTerm& t : m.flow.terms)
      if (t.name == bd.name) term = &t;
    std::string kind = boundary_kind(bd.type);
    kind.resize(std::max<std::size_t>(kind.size() + 1, 15), ' ');
    out << "  " << kind << bd.name << ": ";
    if (bd.where.kind == model::Selection::Kind::line)
      out << "line of " << quantity(polyline_length(bd.where.line), "m") << ", ";
    if (bd.where.kind == model::Selection::Kind::side) out << bd.where.side << " side, ";
    out << cells_text(g, term ? term->cells : std::vector<std::int64_t>{});
    switch (bd.type) {
      case model::Boundary::Type::flux: out << ", " << schedule_text(bd.flux, 1.0, "m3/d", start) << " per cell"; break;
      case model::Boundary::Type::river: out << ", stage " << schedule_text(bd.head, 1.0, "m", start) << ", bed bottom "
                                             << quantity(bd.bottom, "m"); break;
      case model::Boundary::Type::drain: out << ", elevation " << schedule_text(bd.head, 1.0, "m", start); break;
      default: out << ", head " << schedule_text(bd.head, 1.0, "m", start); break;
    }
    if (bd.conductance) out << ", conductance " << quantity(*bd.conductance, "m2/d") << " per cell";
    if (bd.bed_k) out << ", bed k " << quantity(*bd.bed_k, "m/d");
    out << "\n";
  }
}

void print_wells(const model::Model& m, const std::optional<Date>& start, std::ostream& out) {
  const Grid& g = m.grid->grid;
  for (const model::Well& w : m.source.wells) {
    const solver::FlowTerm* t = term_named(m, w.name, solver::TermKind::well);
    const bool extracts = std::all_of(w.rate.values.begin(), w.rate.values.end(), [](double q) { return q <= 0.0; });
    const bool injects = std::all_of(w.rate.values.begin(), w.rate.values.end(), [](double q) { return q >= 0.0; });
    out << "  well           " << w.name << ": " << (extracts ? "extracts, " : injects ? "injects, " : "")
        << "rate " << schedule_text(w.rate, 1.0, "m3/d", start) << " (negative extracts)";
    if (w.where.screen) out << ", screen " << quantity((*w.where.screen)[0], "m") << " to " << quantity((*w.where.screen)[1], "m");
    out << ", " << cells_text(g, t ? t->cells : std::vector<std::int64_t>{}) << "\n";
  }
}

void print_abandoned_wells(const model::Model& m, const std::optional<Date>& start, std::ostream& out) {
  const Grid& g = m.grid->grid;
  for (const model::AbandonedWell& w : m.source.abandoned_wells) {
    const auto bore = std::find_if(m.abandoned_wells.begin(), m.abandoned_wells.end(),
                                   [&](const model::AbandonedWellBore& b) { return b.name == w.name; });
    out << "  abandoned well " << w.name << ": open from " << quantity(w.open_top, "m") << " to "
        << quantity(w.open_bottom, "m") << ", radius " << quantity(w.radius, "m") << ", " << model::state_name(w.state) << ", "
        << cells_text(g, bore != m.abandoned_wells.end() ? bore->cells : std::vector<std::int64_t>{});
    if (w.plugged_at) out << "; plugged on " << time_text(*w.plugged_at, start) << " (plug k " << quantity(w.plug_k, "m/d") << ")";
    if (w.pumped)
      out << "; pumped at " << quantity(w.pumped->rate, "m3/d") << " from " << time_text(w.pumped->start, start) << " to "
          << time_text(w.pumped->end, start) << ", then plugged";
    if (!w.plugged_at && !w.pumped && w.state == model::AbandonedWell::State::open) out << "; never plugged";
    out << "\n";
  }
}

void print_barriers(const model::Model& m, const std::optional<Date>& start, std::ostream& out) {
  for (const model::Barrier& b : m.source.barriers) {
    std::size_t faces = 0;
    for (const solver::FlowBarrier& f : m.flow.barriers)
      if (f.name == b.name) faces += f.n.size();
    out << "  cutoff wall    " << b.name << ": line of " << quantity(polyline_length(b.line), "m") << ", " << faces
        << " cell faces, k " << quantity(b.k, "m/d") << ", " << quantity(b.thickness, "m") << " thick, built "
        << (b.start > 0.0 ? "on " + time_text(b.start, start) : std::string("from the start")) << "\n";
  }
}

// The compass direction (of eight) that counts forward through a line: to the right of its chord
// from the first vertex to the last, in world axes; empty for a closed line (no chord).
std::string forward_compass(const Polyline& line) {
  if (line.size() < 2) return {};
  const double dx = line.back()[0] - line.front()[0], dy = line.back()[1] - line.front()[1];
  if (std::hypot(dx, dy) <= 1e-9 * polyline_length(line)) return {};
  // Right of (dx, dy) is (dy, -dx); its bearing clockwise from north, in eighths.
  const double bearing = std::atan2(dy, -dx) * 180.0 / 3.141592653589793;
  static const char* const names[] = {"north", "north-east", "east", "south-east",
                                      "south", "south-west", "west", "north-west"};
  const int eighth = int(std::lround((bearing < 0.0 ? bearing + 360.0 : bearing) / 45.0)) % 8;
  return names[eighth];
}

// Control planes: the faces a line receptor measures, and which way counts as forward.
void print_control_planes(const model::Model& m, std::ostream& out) {
  const Grid& g = m.grid->grid;
  for (const model::ControlPlane& plane : m.control_planes) {
    const auto receptor = std::find_if(m.source.receptors.begin(), m.source.receptors.end(),
                                       [&](const model::Receptor& r) { return r.name == plane.name; });
    if (receptor == m.source.receptors.end()) continue;
    const std::size_t halves = std::size_t(
        std::count_if(plane.direction.begin(), plane.direction.end(), [](double d) { return std::abs(d) < 1.0; }));
    int lowest = g.nz, highest = -1;
    for (std::int64_t n : plane.n) {
      lowest = std::min(lowest, g.cell(n).k);
      highest = std::max(highest, g.cell(n).k);
    }
    out << "  control plane  " << plane.name << ": line of " << quantity(polyline_length(receptor->line), "m") << ", "
        << plane.n.size() << " cell faces "
        << (lowest == highest ? "(layer " + std::to_string(lowest + 1) + ")"
                              : "(layers " + std::to_string(lowest + 1) + "-" + std::to_string(highest + 1) + ")");
    if (halves > 0) out << ", " << halves << " of them by half (the line runs through their cells' centres)";
    const std::string compass = forward_compass(receptor->line);
    out << "; forward from its left to its right (first vertex to last)"
        << (compass.empty() ? std::string() : ", towards the " + compass) << "\n";
  }
}

}  // namespace

std::string schedule_text(const solver::Schedule& s, double factor, const std::string& unit,
                          const std::optional<Date>& start) {
  if (s.values.empty()) return "none";
  if (s.is_constant()) return quantity(s.values.front() * factor, unit);
  std::string text;
  for (std::size_t i = 0; i < s.values.size(); ++i) {
    if (i > 0) text += ", ";
    text += quantity(s.values[i] * factor, unit);
    if (std::isfinite(s.times[i])) text += " from " + time_label(s.times[i], start);
  }
  return text;
}

std::string cells_text(const Grid& grid, const std::vector<std::int64_t>& cells) {
  std::string text = std::to_string(cells.size()) + (cells.size() == 1 ? " cell" : " cells");
  if (cells.empty()) return text;
  int lowest = grid.nz, highest = -1;
  for (std::int64_t n : cells) {
    lowest = std::min(lowest, grid.cell(n).k);
    highest = std::max(highest, grid.cell(n).k);
  }
  text += lowest == highest ? " (layer " + std::to_string(lowest + 1) + ")"
                            : " (layers " + std::to_string(lowest + 1) + "-" + std::to_string(highest + 1) + ")";
  return text;
}

namespace {

// One line per point and species sampled: how many samples, over what time, how many below detection.
void print_observations(const std::vector<model::Observation>& observations, const std::optional<Date>& start,
                        std::ostream& out) {
  struct Span { int count = 0, censored = 0; double first = 0.0, last = 0.0; };
  std::map<std::pair<std::string, std::string>, Span> spans;
  for (const model::Observation& o : observations) {
    Span& s = spans[{o.point, o.species}];
    s.first = s.count ? std::min(s.first, o.time) : o.time;
    s.last = s.count ? std::max(s.last, o.time) : o.time;
    ++s.count;
    s.censored += o.censored ? 1 : 0;
  }
  for (const auto& [key, s] : spans)
    out << "  observations   " << key.first << " " << key.second << ": " << s.count << " from "
        << time_label(s.first, start) << " to " << time_label(s.last, start) << ", " << s.censored
        << " below detection\n";
}

}  // namespace

void print_features(const model::Model& m, std::ostream& out) {
  const std::optional<Date>& start = m.source.time.start;
  out << "features:\n";
  print_landfills(m, start, out);
  print_recharge(m, start, out);
  print_boundaries(m, start, out);
  print_wells(m, start, out);
  print_abandoned_wells(m, start, out);
  print_barriers(m, start, out);
  print_control_planes(m, out);
  const Grid& g = m.grid->grid;
  for (const auto& p : m.monitoring) {
    const CellIndex c = g.cell(p.cell);
    out << "  monitoring     " << p.name << ": layer " << c.k + 1 << ", row " << c.i + 1 << ", column " << c.j + 1 << "\n";
  }
  for (const auto& s : m.source.species) {
    out << "  species        " << s.name;
    if (s.label != s.name) out << " (" << s.label << ")";
    if (s.limit) out << ", limit " << quantity(*s.limit, "mg/L");
    out << "\n";
  }
  for (const std::string& chain : model::chain_texts(m.source.species)) out << "  chain          " << chain << "\n";
  print_observations(m.source.observations, start, out);
}

}  // namespace gwp::app
