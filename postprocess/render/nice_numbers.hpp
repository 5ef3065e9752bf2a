// Round numbers for axes, colour bars, scale bars and the vertical exaggeration: steps of 1, 2
// or 5 times a power of ten, as a drafter would choose them.
#pragma once
#include <string>
#include <vector>

namespace gwp::render {

// The largest 1, 2 or 5 x 10^k not above `value` (> 0): 730 -> 500, 1999 -> 1000, 0.03 -> 0.02.
double round_down_125(double value);

// The largest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k not above `value` (> 0): a finer ladder
// for a scale factor such as a vertical exaggeration, where 1-2-5 steps waste up to half the room.
double round_down_fine(double value);

// Tick values from a round step dividing [low, high] into about `target` intervals, every tick
// inside [low, high] (with 1e-9 of the span's slack at the ends).
std::vector<double> nice_ticks(double low, double high, int target = 5);

// The range widened outwards to the round step nice_ticks would choose, e.g. [0.3, 9.2] -> [0, 10].
std::vector<double> nice_range(double low, double high, int target = 5);

// Ticks for a log10 axis over [low, high] (both > 0): the powers of ten inside it, with 2 and 5
// times them as well when it spans fewer than three decades.
std::vector<double> log_ticks(double low, double high);

// A number with at most `digits` significant digits and no trailing zeros: 1500 -> "1500",
// 0.0015 -> "0.0015", 1.25e-7 -> "1.25e-07".
std::string format_number(double value, int digits = 3);

}  // namespace gwp::render
