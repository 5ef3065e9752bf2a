#include "postprocess/render/plan_field.hpp"

#include <algorithm>
#include <limits>
#include <regex>
#include <stdexcept>

#include "postprocess/metrics/metrics_table.hpp"

namespace gwp::render {

namespace {

std::string layer_numbers(LayerRange r) {
  return std::to_string(r.first + 1) + "\u2013" + std::to_string(r.end());
}

}  // namespace

std::string layer_label(const ResultScene& scene, int k, Language language) {
  const std::string& name = scene.layer_names[std::size_t(k)];
  const std::string number = fill(wording(language).layer, std::to_string(k + 1));
  if (name.empty()) return number;
  return language == Language::zh ? number + "（" + name + "）" : number + " (" + name + ")";
}

std::string case_layer_of(const std::string& name) {
  static const std::regex sublayer(R"((.*) \(\d+/\d+\))");
  std::smatch m;
  return std::regex_match(name, m, sublayer) ? m[1].str() : name;
}

namespace {

// The case layers the run's plume metrics count (attribute metrics_layers of /metrics), when they
// are not every case layer of the grid; empty otherwise (and for older results).
std::vector<std::string> counted_layer_names(const results::ResultReader& reader, const ResultScene& scene) {
  const std::vector<std::string> counted = metrics::read_metrics_layers(reader);
  for (const std::string& grid_layer : scene.layer_names)
    if (std::find(counted.begin(), counted.end(), case_layer_of(grid_layer)) == counted.end()) return counted;
  return {};
}

// NaN for every cell of a grid layer whose case layer is not among `counted`.
void leave_out_uncounted(const Grid& g, const ResultScene& scene, const std::vector<std::string>& counted,
                         std::vector<double>& cells) {
  for (int k = 0; k < g.nz; ++k) {
    const std::string name = case_layer_of(scene.layer_names[std::size_t(k)]);
    if (std::find(counted.begin(), counted.end(), name) != counted.end()) continue;
    for (std::int64_t c = 0; c < g.column_count(); ++c)
      cells[std::size_t(k * g.column_count() + c)] = std::numeric_limits<double>::quiet_NaN();
  }
}

}  // namespace

LayerRange find_layers(const ResultScene& scene, const std::string& text) {
  const int nz = scene.grid.nz;
  try {
    std::size_t used = 0;
    const int k = std::stoi(text, &used);
    if (used == text.size()) {
      if (k < 1 || k > nz)
        throw std::invalid_argument("--layer " + text + ": no such layer; the grid has layers 1 to " + std::to_string(nz));
      return {k - 1, 1};
    }
  } catch (const std::out_of_range&) {
    // far too large a number: no such layer, listed below
  } catch (const std::invalid_argument& e) {
    if (std::string(e.what()).rfind("--layer", 0) == 0) throw;  // a number out of range
  }
  for (int k = 0; k < nz; ++k)
    if (scene.layer_names[std::size_t(k)] == text) return {k, 1};
  LayerRange r{-1, 0};
  for (int k = 0; k < nz; ++k)
    if (!text.empty() && case_layer_of(scene.layer_names[std::size_t(k)]) == text) {
      if (r.first < 0) r.first = k;
      r.count = k - r.first + 1;
    }
  if (r.first >= 0) return r;
  std::string names;
  for (int k = 0; k < nz; ++k)
    names += (names.empty() ? "" : ", ") + std::to_string(k + 1) + " \"" + scene.layer_names[std::size_t(k)] + "\"";
  throw std::invalid_argument("--layer " + text + ": no such layer; the grid layers are " + names +
                              " (a case layer's name picks all its sublayers)");
}

std::optional<std::size_t> flow_index_for(const std::vector<double>& flow_times, double time) {
  if (flow_times.empty()) return std::nullopt;
  std::size_t best = 0;
  for (std::size_t n = 0; n < flow_times.size(); ++n)
    if (flow_times[n] <= time + 1e-6) best = n;
  return best;
}

PlanFieldData read_plan_field(const results::ResultReader& reader, const ResultScene& scene, PlanField field,
                              const std::string& species, std::optional<double> time, int first_layer,
                              int layer_count, Language language) {
  const Grid& g = scene.grid;
  if (first_layer < 0 || first_layer > g.nz || layer_count < 1 || (first_layer > 0 && first_layer - 1 + layer_count > g.nz))
    throw std::invalid_argument("no layer " + std::to_string(first_layer) +
                                (layer_count > 1 ? " to " + std::to_string(first_layer + layer_count - 1) : "") +
                                ": the grid has layers 1 to " + std::to_string(g.nz));
  const PictureWording& w = wording(language);
  PlanFieldData d;
  d.field = field;
  if (field == PlanField::concentration) {
    d.species = choose_species(scene, species);
    d.limits = limits_of(scene, d.species);
    d.time_index = time_index(scene.transport_times, time, "concentration", scene.start_date);
    d.time = scene.transport_times[d.time_index];
    d.cells = reader.read_slice("/transport/" + d.species + "/concentration", d.time_index).values;
    d.flow_index = flow_index_for(scene.flow_times, d.time);
  } else {
    d.limits.limit = -1.0;
    d.time_index = time_index(scene.flow_times, time, "head", scene.start_date);
    d.time = scene.flow_times[d.time_index];
    d.cells = reader.read_slice("/flow/head", d.time_index).values;
    d.flow_index = d.time_index;
  }
  const std::vector<double> heads =
      field == PlanField::head ? d.cells
      : d.flow_index           ? reader.read_slice("/flow/head", *d.flow_index).values
                               : std::vector<double>{};
  const LayerRange layers = first_layer > 0 ? LayerRange{first_layer - 1, layer_count} : all_layers(g);
  if (!heads.empty()) d.dry = dry_columns(g, heads, layers);

  if (field == PlanField::head) {
    // Heads of single cells: a layer's own, else the topmost saturated one.
    if (first_layer > 0 && layer_count == 1) {
      d.head_cells.assign(std::size_t(g.column_count()), -1);
      for (std::int64_t c = 0; c < g.column_count(); ++c) {
        const std::int64_t n = layers.first * g.column_count() + c;
        if (g.active[std::size_t(n)]) d.head_cells[std::size_t(c)] = n;
      }
    } else {
      d.head_cells = top_saturated_cells(g, heads, layers);
    }
    d.columns = values_at(d.head_cells, d.cells);
  } else {
    // The largest concentration of the wet cells: what a dry cell holds is no water's. Over the
    // whole depth, only the layers the run's metrics count (a clay cover's leachate is not
    // groundwater), as the result records them.
    std::vector<double> wet = wet_values(g, d.cells, heads);
    if (first_layer == 0) {
      d.counted_layers = counted_layer_names(reader, scene);
      if (!d.counted_layers.empty()) leave_out_uncounted(g, scene, d.counted_layers, wet);
    }
    d.columns = range_maximum(g, wet, layers);
    d.background = lower_quartile(range_maximum(g, wet, all_layers(g)));
  }
  for (std::size_t c = 0; c < d.dry.size(); ++c)
    if (d.dry[c]) d.columns[c] = std::numeric_limits<double>::quiet_NaN();

  if (first_layer > 0 && layer_count == 1) {
    d.depth_label = layer_label(scene, layers.first, language);
  } else if (first_layer > 0) {
    const std::string name = case_layer_of(scene.layer_names[std::size_t(layers.first)]);
    const std::string what = fill(field == PlanField::head ? w.sublayers_head : w.sublayers_maximum,
                                  std::to_string(layer_count));
    const std::string numbers =
        language == Language::zh ? fill(w.layer, layer_numbers(layers)) : "layers " + layer_numbers(layers);
    d.depth_label = language == Language::zh ? name + "：" + what + "（" + numbers + "）"
                                             : name + ": " + what + " (" + numbers + ")";
  } else if (field == PlanField::head) {
    d.depth_label = w.water_table;
  } else if (!d.counted_layers.empty()) {
    std::string names;
    for (const std::string& n : d.counted_layers) names += (names.empty() ? "" : w.list_separator) + n;
    d.depth_label = fill(w.maximum_over_layers, names);
  } else {
    d.depth_label = w.maximum_over_depth;
  }
  return d;
}

}  // namespace gwp::render
