// [metrics]: which case layers the plume metrics count.
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

void read_metrics(Section& root, Case& c) {
  auto metrics = root.table("metrics");
  if (!metrics) return;
  c.metrics.where = metrics->where();
  // "all", a layer, or a list of layers; an unknown name is reported with the nearest one.
  c.metrics.layers = read_layers(metrics->get("layers"));
}

}  // namespace gwp::model
