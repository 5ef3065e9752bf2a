#include "results/sweep_file.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "results/result_format.hpp"
#include "results/result_grid_reader.hpp"

namespace gwp::results {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string text_or_empty(const ResultReader& r, const std::string& object, const std::string& name) {
  return r.has_attribute(object, name) ? r.text_attribute(object, name) : std::string();
}

std::int64_t integer_or_zero(const ResultReader& r, const std::string& name) {
  return r.has_attribute("/", name) ? std::int64_t(std::llround(r.number_attribute("/", name))) : 0;
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& n : names) text += (text.empty() ? "" : ", ") + n;
  return text.empty() ? "none" : text;
}

// Members of a group (or nothing when it is absent) of one kind, in name order.
std::vector<std::string> children(const ResultReader& r, const std::string& path, h5::ObjectKind kind) {
  std::vector<std::string> names;
  if (!r.exists(path)) return names;
  for (const h5::Child& c : r.list(path))
    if (c.kind == kind) names.push_back(c.name);
  return names;
}

// The inactive marker (-1e30) as NaN, so drawing and exporting see "nothing here".
std::vector<double> masked(std::vector<double> values) {
  for (double& v : values)
    if (v <= 0.5 * kInactiveValue) v = kNaN;
  return values;
}

// Column t of a (rows, nt) dataset.
std::vector<double> column_of(const ResultReader& r, const std::string& path, std::size_t t) {
  const h5::Array a = r.read(path);
  const std::size_t nt = a.dims.size() > 1 ? a.dims[1] : 1;
  if (t >= nt) throw std::invalid_argument(path + " has " + std::to_string(nt) + " times, not " + std::to_string(t + 1));
  std::vector<double> out;
  for (std::size_t row = 0; row < a.dims[0]; ++row) out.push_back(a.values[row * nt + t]);
  return out;
}

}  // namespace

bool is_sweep_file(const ResultReader& reader) {
  return reader.has_attribute("/", "format") && reader.text_attribute("/", "format") == kSweepFormat;
}

SweepScene read_sweep_scene(const ResultReader& r) {
  SweepScene s;
  s.name = text_or_empty(r, "/", "name");
  s.base = text_or_empty(r, "/", "base");
  s.method = text_or_empty(r, "/", "method");
  s.seed = integer_or_zero(r, "seed");
  s.members = integer_or_zero(r, "members");
  s.members_collected = integer_or_zero(r, "members_collected");
  if (r.has_attribute("/", "start_date")) s.start_date = parse_date(r.text_attribute("/", "start_date"));
  s.grid = read_grid(r);
  s.crs = text_or_empty(r, "/grid", "crs");
  if (r.exists("/grid/layer_names")) s.layer_names = r.read_texts("/grid/layer_names");
  s.layer_names.resize(std::size_t(s.grid.nz));
  s.features = read_features(r);
  s.species = children(r, "/statistics", h5::ObjectKind::group);
  return s;
}

SweepSpecies read_sweep_species(const ResultReader& r, const SweepScene& scene, const std::string& species) {
  if (scene.species.empty()) throw std::invalid_argument(r.path() + " holds no statistics of any species");
  const std::string name = species.empty() ? scene.species.front() : species;
  if (std::find(scene.species.begin(), scene.species.end(), name) == scene.species.end())
    throw std::invalid_argument("no species '" + name + "' in the sweep; it holds: " + joined(scene.species));
  const std::string group = "/statistics/" + name;
  SweepSpecies s;
  s.name = name;
  s.times = r.read(group + "/times").values;
  if (r.has_attribute(group, "limit")) s.limit = r.number_attribute(group, "limit");
  if (r.has_attribute(group, "class_iii")) s.class_iii = r.number_attribute(group, "class_iii");
  if (r.has_attribute(group, "members")) s.members = std::int64_t(std::llround(r.number_attribute(group, "members")));
  return s;
}

std::vector<double> read_sweep_plan(const ResultReader& r, const std::string& species, const std::string& name,
                                    std::size_t t) {
  return masked(r.read_slice("/statistics/" + species + "/" + name, t).values);
}

std::vector<double> read_sweep_cells(const ResultReader& r, const std::string& species, const std::string& name,
                                     std::size_t t) {
  return masked(r.read_slice("/statistics/" + species + "/" + name, t).values);
}

std::vector<std::string> sweep_points(const ResultReader& r, const std::string& species) {
  const std::string path = "/statistics/" + species + "/first_exceedance_probability";
  if (r.exists(path) && r.has_attribute(path, "points")) return r.texts_attribute(path, "points");
  return children(r, "/scalars/" + species + "/first_exceedance", h5::ObjectKind::dataset);
}

std::vector<double> first_exceedance_times(const ResultReader& r, const std::string& species,
                                           const std::string& point) {
  const std::vector<std::string> points = sweep_points(r, species);
  if (std::find(points.begin(), points.end(), point) == points.end())
    throw std::invalid_argument("no monitoring point or receptor '" + point + "' for " + species +
                                " in the sweep; it has: " + joined(points));
  return r.read("/scalars/" + species + "/first_exceedance/" + point).values;
}

std::vector<bool> collected_members(const ResultReader& r, const std::string& species) {
  const h5::Array a = r.read("/scalars/" + species + "/peak");
  const std::size_t nt = a.dims.size() > 1 ? a.dims[1] : 1;
  std::vector<bool> used(a.dims.empty() ? 0 : a.dims[0], false);
  for (std::size_t m = 0; m < used.size(); ++m)
    for (std::size_t t = 0; t < nt; ++t) used[m] = used[m] || !std::isnan(a.values[m * nt + t]);
  return used;
}

std::vector<double> member_figure(const ResultReader& r, const std::string& species, const std::string& figure,
                                  std::size_t t) {
  const auto& names = sweep_figures();
  if (std::find(names.begin(), names.end(), figure) == names.end())
    throw std::invalid_argument("no figure '" + figure + "' of the members; expected one of: " + joined(names));
  return column_of(r, "/scalars/" + species + "/" + figure, t);
}

SweepSensitivity partial_sensitivity(const ResultReader& r, const std::string& species, const std::string& figure,
                                     std::size_t t) {
  const auto& names = sweep_figures();
  if (std::find(names.begin(), names.end(), figure) == names.end())
    throw std::invalid_argument("no figure '" + figure + "' of the members; expected one of: " + joined(names));
  SweepSensitivity s;
  const std::string group = "/sensitivity/" + species;
  if (r.has_attribute(group, "parameters")) s.parameters = r.texts_attribute(group, "parameters");
  s.values = column_of(r, group + "/partial/" + figure, t);
  s.parameters.resize(s.values.size());
  return s;
}

PointProbabilities point_probabilities(const ResultReader& r, const std::string& species) {
  PointProbabilities p;
  const std::string path = "/statistics/" + species + "/first_exceedance_probability";
  if (!r.exists(path)) return p;
  p.points = r.texts_attribute(path, "points");
  p.values = r.read(path).values;
  return p;
}

std::size_t sweep_time_index(const std::vector<double>& times, std::optional<double> time,
                             const std::optional<Date>& start) {
  if (times.empty()) throw std::invalid_argument("the sweep collected no times");
  if (!time) return times.size() - 1;
  for (std::size_t n = 0; n < times.size(); ++n)
    if (std::abs(times[n] - *time) <= std::max(1e-6, 1e-9 * std::abs(*time))) return n;
  std::ostringstream list;
  for (std::size_t n = 0; n < times.size(); ++n) list << (n ? ", " : "") << time_label(times[n], start);
  throw std::invalid_argument("the sweep collected no time " + time_label(*time, start) + "; its times: " + list.str());
}

}  // namespace gwp::results
