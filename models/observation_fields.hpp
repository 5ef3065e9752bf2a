// The fields of one row of observed concentrations (docs/case-format.md, [[observations]]), read
// the way field staff and laboratories write them: a sampling date or a model time, and a value
// that may be below the detection limit.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar.hpp"

namespace gwp::model {

// A moment of the run (d since t = 0) from "2010-05-01" (also "2010/5/1" and "2010.5.1"), which
// needs the date of t = 0, from "120 d" or "2 yr", or from a plain number of days. nullopt, with
// *error saying what was found and what was expected, when it is none of these.
std::optional<double> observation_time(std::string_view text, const std::optional<Date>& start, std::string* error);

// A measured value as written, before units: "0.35", "<0.02" (below the detection limit 0.02)
// or a word for "not detected" (ND, N.D., BDL, <DL, 未检出), which takes `detection_limit`.
struct ObservedValue {
  double value = 0.0;     // in the row's unit; the detection limit when censored
  bool censored = false;
};

// nullopt with *error when the text is not a value >= 0, or is a non-detect word without a
// `detection_limit` to stand for (given in the row's unit).
std::optional<ObservedValue> observed_value(std::string_view text, std::optional<double> detection_limit,
                                            std::string* error);

}  // namespace gwp::model
