// Numbers as they appear in messages: short, without trailing zeros, and exact enough for
// world coordinates of projected systems (up to ten significant digits, e.g. 3612345.678).
#pragma once
#include <string>

namespace gwp::model {

std::string number_text(double value);

}  // namespace gwp::model
