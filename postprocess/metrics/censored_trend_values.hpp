// Values below the detection limit in a trend test. Gilbert (1987, section 16.4.1) treats every
// non-detect as one common value smaller than the smallest measured one: non-detects tie with
// each other and lie below every detected value, whatever limit each was reported at.
#pragma once
#include <vector>

namespace gwp::metrics {

// `values` with each censored one (censored[i] true) replaced by a common value below every
// uncensored one; equal lengths, else std::invalid_argument.
std::vector<double> censored_trend_values(const std::vector<double>& values, const std::vector<bool>& censored);

}  // namespace gwp::metrics
