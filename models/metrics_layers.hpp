// The case layers the plume metrics count ([metrics] layers), on the grid's layer table: what
// the run measures areas, volumes, peaks and distances in, what the result records
// (attribute metrics_layers of /metrics) and what `gwplume check` shows.
#pragma once
#include <string>
#include <vector>

#include "models/case.hpp"
#include "models/layer_table.hpp"

namespace gwp::model {

struct MetricsLayers {
  bool all = true;                  // no [metrics] layers, or every case layer named
  std::vector<std::string> names;   // the case layers counted, top down (case_layer_name)
  std::vector<int> grid_layers;     // their grid layers (0-based, every sublayer), ascending
  std::vector<std::string> excluded;  // the case layers left out, top down
};

// The name a case layer goes by in results and messages: its own, or "layer 3" (1-based) when
// it has none, as /grid layer_names names it.
std::string case_layer_name(const LayerTable& table, std::size_t entry);

// Index in table.entries of the case layer that holds grid layer k (0-based); throws
// std::out_of_range for a k outside the table.
std::size_t case_layer_of(const LayerTable& table, int k);

// The layers of `spec` (already checked by the case reader: a reference the table does not
// know throws std::invalid_argument). No layers: every case layer.
MetricsLayers metrics_layers(const MetricsSpec& spec, const LayerTable& table);

// For `gwplume check`: "all layers (clay cover, sand-gravel, ...)" or
// "sand-gravel, karst (clay cover, red clay not counted)".
std::string describe(const MetricsLayers& layers);

}  // namespace gwp::model
