#include "postprocess/render/plan_field.hpp"

#include <stdexcept>

#include "postprocess/depth_maximum.hpp"
#include "postprocess/render/plan_values.hpp"

namespace gwp::post::render {

std::string layer_label(const ResultScene& scene, int k) {
  const std::string& name = scene.layer_names[std::size_t(k)];
  return "layer " + std::to_string(k + 1) + (name.empty() ? "" : " (" + name + ")");
}

PlanFieldData read_plan_field(const ResultReader& reader, const ResultScene& scene, PlanField field,
                              const std::string& species, std::optional<double> time, int layer) {
  if (layer < 0 || layer > scene.grid.nz)
    throw std::invalid_argument("no layer " + std::to_string(layer) + ": the grid has layers 1 to " +
                                std::to_string(scene.grid.nz));
  PlanFieldData d;
  d.field = field;
  if (field == PlanField::concentration) {
    d.species = choose_species(scene, species);
    d.limits = limits_of(scene, d.species);
    d.time_index = time_index(scene.transport_times, time, "concentration");
    d.time = scene.transport_times[d.time_index];
    d.cells = reader.read_slice("/transport/" + d.species + "/concentration", d.time_index).values;
  } else {
    d.limits.limit = -1.0;
    d.time_index = time_index(scene.flow_times, time, "head");
    d.time = scene.flow_times[d.time_index];
    d.cells = reader.read_slice("/flow/head", d.time_index).values;
  }
  if (layer > 0) {
    d.columns = layer_values(scene.grid, d.cells, layer - 1);
    d.depth_label = layer_label(scene, layer - 1);
  } else if (field == PlanField::concentration) {
    d.columns = depth_maximum(scene.grid, d.cells);
    d.depth_label = "maximum over depth";
  } else {
    d.columns = water_table(scene.grid, d.cells);
    d.depth_label = "water table (head of the top saturated cell)";
  }
  return d;
}

}  // namespace gwp::post::render
