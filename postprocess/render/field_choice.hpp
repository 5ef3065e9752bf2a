// Which field a picture shows and how its values become colours; shared by the plan map, the
// section and the animation.
#pragma once

namespace gwp::render {

enum class PlanField { concentration, head };

// linear or log10 colours in the field's units, or concentration as multiples of the species'
// limit (log10 colours, the limit at 1).
enum class ColourScale { linear, log, limit };

struct ColourRange {
  double low = 0.0, high = 1.0;  // in the field's units (mg/L, m), or multiples of the limit
};

}  // namespace gwp::render
