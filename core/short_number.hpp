// A number for people to read: `significant` figures, no exponent between 1e-3 and 1e9, no
// trailing zeros ("18262.5", "0.0822", "1.5e-05").
#pragma once
#include <string>

namespace gwp {

std::string short_number(double value, int significant = 4);

}  // namespace gwp
