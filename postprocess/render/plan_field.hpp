// The numbers a plan map draws: one value per column of the chosen field (concentration of a
// species, or head), time and layers (one grid layer, the sublayers of a case layer, or the
// maximum over depth / the water table), and which columns are dry there.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/field_choice.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/plan_values.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

struct PlanFieldData {
  PlanField field = PlanField::concentration;
  std::string species;          // empty for heads
  double time = 0.0;            // d
  std::size_t time_index = 0;   // in /transport/times or /flow/times
  std::vector<double> cells;    // the stored field at that time, per cell (mg/L or m)
  std::vector<double> columns;  // per column, NaN where nothing is shown (inactive or dry);
                                // concentrations are the largest of the wet cells drawn
  std::vector<unsigned char> dry;          // per column, 1 where every cell drawn from is dry;
                                           // empty when the result stores no heads
  std::vector<std::int64_t> head_cells;    // heads: the cell each column's head is from, -1 none
  std::optional<std::size_t> flow_index;   // the stored heads used for `dry` (and flow arrows)
  double background = 0.0;      // mg/L, concentrations: the lower quartile of the columns' largest
                                // wet concentration over the whole depth (colour_scale.hpp)
  std::string depth_label;      // "maximum over depth", "layer 2 (sand-gravel)", "water table"
  std::vector<std::string> counted_layers;  // maximum over depth: the case layers the run's metrics
                                            // count, when they are not all; empty otherwise
  results::SpeciesLimits limits;         // of the species (limit < 0 for heads)
};

// Reads the field at `time` (empty: the last stored) for grid layers `first_layer` (1-based) and
// the `layer_count` - 1 below it (0: maximum over depth for concentrations, water table for
// heads). Several layers give the maximum concentration over them, or the head of the topmost
// saturated one. Throws std::invalid_argument for an unknown species, time or layer.
PlanFieldData read_plan_field(const results::ResultReader& reader, const ResultScene& scene, PlanField field,
                              const std::string& species, std::optional<double> time, int first_layer,
                              int layer_count = 1, Language language = Language::en);

// "layer 3 (red clay)", or "layer 3" for an unnamed layer; k is 0-based.
std::string layer_label(const ResultScene& scene, int k, Language language = Language::en);

// The case layer a grid layer belongs to: "karst (2/4)" -> "karst"; other names as they are.
std::string case_layer_of(const std::string& grid_layer_name);

// The grid layers `text` names: a 1-based number, a grid layer's name ("karst (2/4)") or a case
// layer's name ("karst": all its sublayers). Throws std::invalid_argument listing the layers.
LayerRange find_layers(const ResultScene& scene, const std::string& text);

// The stored heads to use at a transport time: those stored then, else the last stored before
// it (flow is steady between), else the first; nullopt when no heads are stored.
std::optional<std::size_t> flow_index_for(const std::vector<double>& flow_times, double time);

}  // namespace gwp::render
