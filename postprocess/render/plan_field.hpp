// The numbers a plan map draws: one value per column of the chosen field (concentration of a
// species, or head), time and layer (or the maximum over depth / the water table).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/field_choice.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::post::render {

struct PlanFieldData {
  PlanField field = PlanField::concentration;
  std::string species;          // empty for heads
  double time = 0.0;            // d
  std::size_t time_index = 0;   // in /transport/times or /flow/times
  std::vector<double> cells;    // the stored field at that time, per cell (mg/L or m)
  std::vector<double> columns;  // per column, NaN where nothing is shown
  std::string depth_label;      // "maximum over depth", "layer 2 (sand-gravel)", "water table"
  SpeciesLimits limits;         // of the species (limit < 0 for heads)
};

// Reads the field at `time` (empty: the last stored) for grid layer `layer` (1-based; 0: maximum
// over depth for concentrations, water table for heads). Throws std::invalid_argument for an
// unknown species, time or layer.
PlanFieldData read_plan_field(const ResultReader& reader, const ResultScene& scene, PlanField field,
                              const std::string& species, std::optional<double> time, int layer);

// "layer 3 (red clay)", or "layer 3" for an unnamed layer; k is 0-based.
std::string layer_label(const ResultScene& scene, int k);

}  // namespace gwp::post::render
