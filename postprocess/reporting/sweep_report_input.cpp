#include "postprocess/reporting/sweep_report_input.hpp"

#include <cmath>
#include <limits>

namespace gwp::reporting {

namespace {

using results::h5::ColumnType;
using results::h5::Table;

const results::h5::TableColumn* find_column(const Table& t, const std::string& name) {
  for (const auto& c : t.columns)
    if (c.name == name) return &c;
  return nullptr;
}

std::string text_at(const Table& t, const std::string& name, std::size_t row) {
  const auto* c = find_column(t, name);
  if (c == nullptr) return {};
  if (c->type == ColumnType::text) return row < c->texts.size() ? c->texts[row] : std::string();
  return row < c->reals.size() ? std::to_string(std::llround(c->reals[row])) : std::string();
}

double real_at(const Table& t, const std::string& name, std::size_t row) {
  const auto* c = find_column(t, name);
  if (c == nullptr || c->type != ColumnType::real || row >= c->reals.size()) return std::numeric_limits<double>::quiet_NaN();
  return c->reals[row];
}

std::vector<SweepParameter> read_parameters(const results::ResultReader& r) {
  std::vector<SweepParameter> out;
  if (!r.exists("/parameters")) return out;
  const Table t = r.read_table("/parameters");
  for (std::size_t row = 0; row < t.rows(); ++row)
    out.push_back({text_at(t, "key", row), text_at(t, "unit", row), text_at(t, "distribution", row)});
  return out;
}

std::vector<SweepMember> read_members(const results::ResultReader& r) {
  std::vector<SweepMember> out;
  if (!r.exists("/members")) return out;
  const Table t = r.read_table("/members");
  for (std::size_t row = 0; row < t.rows(); ++row)
    out.push_back({int(std::llround(real_at(t, "member", row))), text_at(t, "status", row), text_at(t, "reason", row),
                   real_at(t, "exit_code", row)});
  return out;
}

// /designs: the levels table (design, each design key, members) and per species the probability
// (designs, points, times) of each point having exceeded. Anything else there is left alone.
std::optional<SweepDesigns> read_designs(const results::ResultReader& r) {
  if (!r.exists("/designs/levels")) return std::nullopt;
  SweepDesigns d;
  const Table t = r.read_table("/designs/levels");
  for (const auto& c : t.columns)
    if (c.name != "design" && c.name != "members") d.keys.push_back(c.name);
  for (std::size_t row = 0; row < t.rows(); ++row) {
    std::vector<std::string> values;
    for (const std::string& k : d.keys) values.push_back(text_at(t, k, row));
    d.levels.push_back(std::move(values));
    d.members.push_back(real_at(t, "members", row));
  }
  for (const auto& child : r.list("/designs")) {
    const std::string path = "/designs/" + child.name + "/first_exceedance_probability";
    if (child.kind != results::h5::ObjectKind::group || !r.exists(path)) continue;
    SweepDesigns::Species s;
    s.name = child.name;
    if (r.has_attribute(path, "points")) s.points = r.texts_attribute(path, "points");
    const results::h5::Array a = r.read(path);
    s.values = a.values;
    s.times = a.dims.size() == 3 ? a.dims[2] : 0;
    if (a.dims.size() != 3 || a.dims[0] != d.levels.size() || a.dims[1] != s.points.size()) continue;  // not this layout
    d.species.push_back(std::move(s));
  }
  return d;
}

}  // namespace

SweepReportInput read_sweep_report_input(const results::ResultReader& r, const results::SweepScene& scene) {
  SweepReportInput in;
  in.scene = scene;
  in.parameters = read_parameters(r);
  in.members = read_members(r);
  for (const std::string& name : scene.species) {
    SweepSpeciesReport s;
    s.species = results::read_sweep_species(r, scene, name);
    s.limits.name = name;
    s.limits.limit = s.species.limit;
    for (const auto& l : scene.features.species)
      if (l.name == name) s.limits = l;
    s.points = results::point_probabilities(r, name);
    s.has_parameters = r.exists("/sensitivity/" + name + "/partial/peak") &&
                       r.dims("/sensitivity/" + name + "/partial/peak").front() > 0;
    in.species.push_back(std::move(s));
  }
  in.designs = read_designs(r);
  return in;
}

}  // namespace gwp::reporting
