#include "postprocess/render/result_scene.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>

#include "core/errors.hpp"
#include "results/result_grid_reader.hpp"

namespace gwp::render {

namespace {

std::vector<double> values_or_empty(const results::ResultReader& r, const std::string& path) {
  return r.exists(path) ? r.read(path).values : std::vector<double>{};
}

}  // namespace

std::string case_title(const results::ResultReader& r) {
  for (const char* name : {"case_title", "case_name"})
    if (r.has_attribute("/", name) && !r.text_attribute("/", name).empty()) return r.text_attribute("/", name);
  return std::string();
}

ResultScene read_scene(const results::ResultReader& r) {
  ResultScene s;
  s.grid = read_grid(r);
  if (r.exists("/grid/layer_names")) s.layer_names = r.read_texts("/grid/layer_names");
  s.layer_names.resize(std::size_t(s.grid.nz));
  s.title = case_title(r);
  if (r.exists("/transport"))
    for (const auto& c : r.list("/transport"))
      if (c.kind == results::h5::ObjectKind::group && r.exists("/transport/" + c.name + "/concentration"))
        s.species.push_back(c.name);
  s.transport_times = values_or_empty(r, "/transport/times");
  s.flow_times = values_or_empty(r, "/flow/times");
  s.features = read_features(r);
  s.start_date = r.start_date();
  if (r.has_attribute("/grid", "crs")) s.crs = r.text_attribute("/grid", "crs");
  return s;
}

std::size_t time_index(const std::vector<double>& times, std::optional<double> time, const std::string& what,
                       const std::optional<Date>& start) {
  if (times.empty()) throw std::invalid_argument("the result holds no stored " + what + " times");
  if (!time) return times.size() - 1;
  for (std::size_t n = 0; n < times.size(); ++n)
    if (std::abs(times[n] - *time) <= std::max(1e-6, 1e-9 * std::abs(*time))) return n;
  std::ostringstream list;
  for (std::size_t n = 0; n < times.size(); ++n) list << (n ? ", " : "") << gwp::time_label(times[n], start);
  throw std::invalid_argument("no " + what + " stored at " + gwp::time_label(*time, start) + "; stored times: " + list.str());
}

std::string choose_species(const ResultScene& scene, const std::string& species) {
  if (scene.species.empty()) throw std::invalid_argument("the result holds no concentrations");
  if (species.empty()) return scene.species.front();
  for (const auto& s : scene.species)
    if (s == species) return s;
  std::string list;
  for (const auto& s : scene.species) list += (list.empty() ? "" : ", ") + s;
  throw std::invalid_argument("no species '" + species + "' in the result; it holds: " + list);
}

std::vector<Point> grid_corners(const Grid& g) {
  const double lx = g.length_x(), ly = g.length_y();
  return {g.to_world(0, 0), g.to_world(lx, 0), g.to_world(lx, ly), g.to_world(0, ly)};
}

results::SpeciesLimits limits_of(const ResultScene& scene, const std::string& species) {
  for (const auto& s : scene.features.species)
    if (s.name == species) return s;
  results::SpeciesLimits none;
  none.name = species;
  none.limit = -1.0;
  return none;
}

}  // namespace gwp::render
