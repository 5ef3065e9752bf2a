#include "app/result_header.hpp"

#include <algorithm>

#include "models/features/boundaries.hpp"
#include "models/standards.hpp"

namespace gwp::app {

namespace {

const char* boundary_kind(model::Boundary::Type t) {
  switch (t) {
    case model::Boundary::Type::head: return "head";
    case model::Boundary::Type::flux: return "flux";
    case model::Boundary::Type::general_head: return "general_head";
    case model::Boundary::Type::river: return "river";
    case model::Boundary::Type::drain: return "drain";
  }
  return "boundary";
}

// Top and bottom (m) of the cells a flow term acts on: a well's screened interval as built.
std::pair<double, double> vertical_extent(const Grid& g, const std::vector<std::int64_t>& cells) {
  double top = -1e300, bottom = 1e300;
  for (auto n : cells) {
    top = std::max(top, g.cell_top(n));
    bottom = std::min(bottom, g.cell_bottom(n));
  }
  if (cells.empty()) top = bottom = 0.0;
  return {top, bottom};
}

results::ResultFeatures result_features(const model::Model& m) {
  results::ResultFeatures f;
  const Grid& g = m.grid->grid;
  for (const auto& l : m.source.landfills) {
    results::FeatureOutline a{l.name, "landfill", {}};
    for (const auto& p : l.polygon) a.outline.push_back({p[0], p[1]});
    f.areas.push_back(std::move(a));
  }
  for (std::size_t i = 0; i < m.pumping_wells.size() && i < m.source.wells.size(); ++i) {
    const auto& w = m.source.wells[i];
    const auto [top, bottom] = vertical_extent(g, m.flow.terms[m.pumping_wells[i].term].cells);
    f.wells.push_back({w.name, "well", w.where.at[0], w.where.at[1], top, bottom, "", -1.0});
  }
  for (const auto& w : m.source.abandoned_wells) {
    f.wells.push_back({w.name, "abandoned_well", w.at[0], w.at[1], w.open_top, w.open_bottom,
                       model::state_name(w.state), w.plugged_at.value_or(-1.0)});
  }
  // Monitoring points, and the point receptors read like them.
  for (const auto& p : m.monitoring) {
    const double z = 0.5 * (g.cell_top(p.cell) + g.cell_bottom(p.cell));
    const auto named = [&](const auto& s) { return s.name == p.name; };
    const auto point = std::find_if(m.source.monitoring.begin(), m.source.monitoring.end(), named);
    const auto receptor = std::find_if(m.source.receptors.begin(), m.source.receptors.end(), named);
    if (point != m.source.monitoring.end())
      f.wells.push_back({p.name, "monitoring", point->at[0], point->at[1], point->z.value_or(z), point->z.value_or(z), "", -1.0});
    else if (receptor != m.source.receptors.end())
      f.wells.push_back({p.name, "monitoring", receptor->at[0], receptor->at[1], receptor->z.value_or(z),
                         receptor->z.value_or(z), "", -1.0});
  }
  // Boundaries drawn along a line (a river reach, a drain) and cutoff walls.
  for (const auto& b : m.source.flow.boundaries) {
    if (b.where.kind != model::Selection::Kind::line) continue;
    results::FeatureLine line{b.name, boundary_kind(b.type), {}};
    for (const auto& p : b.where.line) line.line.push_back({p[0], p[1]});
    f.lines.push_back(std::move(line));
  }
  // Every boundary with its cells, so that sides, polygons and cell lists can be drawn too.
  for (std::size_t ib = 0; ib < m.source.flow.boundaries.size(); ++ib) {
    const auto& b = m.source.flow.boundaries[ib];
    const std::string name = model::boundary_name(b, ib);
    for (const solver::FlowTerm& t : m.flow.terms)
      if (t.name == name) {
        f.boundaries.push_back({name, boundary_kind(b.type), t.cells});
        break;
      }
  }
  for (const auto& b : m.source.barriers) {
    results::FeatureLine line{b.name, "cutoff_wall", {}};
    for (const auto& p : b.line) line.line.push_back({p[0], p[1]});
    f.lines.push_back(std::move(line));
  }
  // Control planes ([[receptors]] with a line), unless a boundary or wall has the name already.
  for (const auto& r : m.source.receptors) {
    if (r.kind != model::Receptor::Kind::line ||
        std::any_of(f.lines.begin(), f.lines.end(), [&](const results::FeatureLine& l) { return l.name == r.name; }))
      continue;
    results::FeatureLine line{r.name, "control_plane", {}};
    for (const auto& p : r.line) line.line.push_back({p[0], p[1]});
    f.lines.push_back(std::move(line));
  }
  for (const auto& s : m.transport.species) {
    results::SpeciesLimits l;
    l.name = s.name;
    l.limit = s.limit;
    const auto declared = std::find_if(m.source.species.begin(), m.source.species.end(),
                                       [&](const model::Species& d) { return d.name == s.name; });
    if (declared != m.source.species.end()) {
      l.label = declared->label;
      l.label_zh = declared->label_zh;
      for (const model::ParentLink& p : declared->parents)
        l.parents.push_back({p.species, p.yield,
                             p.phase == model::Decay::Phase::dissolved ? "dissolved"
                             : p.phase == model::Decay::Phase::sorbed  ? "sorbed"
                                                                       : "both"});
    }
    if (const auto std_limits = model::gbt14848_limits(s.name)) {
      l.class_iii = std_limits->class_iii;
      l.class_iv = std_limits->class_iv;
    }
    f.species.push_back(l);
  }
  return f;
}

}  // namespace

results::ResultHeader result_header(const model::Model& m, const std::string& program_version) {
  results::ResultHeader h;
  h.case_name = m.source.name;
  h.case_title = m.source.title;
  h.case_toml = m.source.text;
  h.program_version = program_version;
  h.crs = m.source.grid.crs;
  if (m.source.time.start) h.start_date = to_string(*m.source.time.start);
  h.grid = &m.grid->grid;
  h.layer_names = m.grid->layers.grid_layer_names();
  const auto& f = m.fields;
  h.properties = {{"kh", "m/d", f.kh},
                  {"kv", "m/d", f.kv},
                  {"porosity", "1", f.porosity},
                  {"specific_storage", "1/m", f.specific_storage},
                  {"specific_yield", "1", f.specific_yield},
                  {"bulk_density", "kg/L", f.bulk_density}};
  h.features = result_features(m);
  return h;
}

}  // namespace gwp::app
