// [metrics]: which case layers the plume metrics count, and from when the trends of natural
// attenuation are judged.
#include "core/calendar.hpp"
#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

void read_metrics(Section& root, Case& c) {
  auto metrics = root.table("metrics");
  if (!metrics) return;
  c.metrics.where = metrics->where();
  // "all", a layer, or a list of layers; an unknown name is reported with the nearest one.
  c.metrics.layers = read_layers(metrics->get("layers"));
  // A time or a date; the trends need output times after it, so it may not pass the last one.
  Field from = metrics->get("trend_from");
  if (auto t = from.time_point(Range::non_negative())) {
    const double last = c.time.outputs.empty() ? c.time.end : c.time.outputs.back();
    if (*t > last)
      from.error("after the last output time, " + time_label(last, c.time.start) +
                 ": the trends would have no output time to judge");
    else
      c.metrics.trend_from = *t;
  }
}

}  // namespace gwp::model
