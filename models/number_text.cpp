#include "models/number_text.hpp"

#include <cstdio>

namespace gwp::model {

std::string number_text(double value) {
  if (value == 0.0) return "0";  // also turns -0 into 0
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

}  // namespace gwp::model
