#include "models/metrics_layers.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace gwp::model {

namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& n : names) text += (text.empty() ? "" : ", ") + n;
  return text;
}

}  // namespace

std::string case_layer_name(const LayerTable& table, std::size_t entry) {
  const LayerTable::Entry& e = table.entries.at(entry);
  return e.name.empty() ? "layer " + std::to_string(entry + 1) : e.name;
}

std::size_t case_layer_of(const LayerTable& table, int k) {
  for (std::size_t e = 0; e < table.entries.size(); ++e) {
    const LayerTable::Entry& entry = table.entries[e];
    if (k >= entry.first && k < entry.first + entry.count) return e;
  }
  throw std::out_of_range("grid layer " + std::to_string(k + 1) + " belongs to no case layer");
}

MetricsLayers metrics_layers(const MetricsSpec& spec, const LayerTable& table) {
  std::vector<std::uint8_t> counted(table.entries.size(), spec.layers.empty() ? 1 : 0);
  for (const LayerRef& ref : spec.layers) {
    const auto layers = table.grid_layers(ref);
    if (!layers || layers->empty())
      throw std::invalid_argument("[metrics] layers: " + layer_label(ref) + " does not exist (the layers are " +
                                  table.known_names() + ")");
    counted[case_layer_of(table, layers->front())] = 1;
  }
  MetricsLayers out;
  for (std::size_t e = 0; e < table.entries.size(); ++e) {
    const std::string name = case_layer_name(table, e);
    if (!counted[e]) {
      out.excluded.push_back(name);
      continue;
    }
    out.names.push_back(name);
    for (int k = 0; k < table.entries[e].count; ++k) out.grid_layers.push_back(table.entries[e].first + k);
  }
  out.all = out.excluded.empty();
  std::sort(out.grid_layers.begin(), out.grid_layers.end());
  return out;
}

std::string describe(const MetricsLayers& layers) {
  if (layers.all) return "all layers (" + joined(layers.names) + ")";
  return joined(layers.names) + " (" + joined(layers.excluded) + " not counted)";
}

}  // namespace gwp::model
