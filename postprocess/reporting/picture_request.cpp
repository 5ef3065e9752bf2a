#include "postprocess/reporting/picture_request.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace gwp::reporting {

Language picture_language(Language document) { return document; }

PictureOutcome outcome_for(const std::vector<PictureOutcome>& outcomes, const std::string& file) {
  for (const PictureOutcome& o : outcomes)
    if (o.file == file) return o;
  return {file, "not drawn"};
}

std::string picture_stem(const std::string& name) {
  std::string stem;
  for (unsigned char c : name) stem += (std::isalnum(c) || c == '-' || c == '_') ? char(c) : '_';
  return stem.empty() ? "_" : stem;
}

std::string TimeAxis::label(const Language language) const {
  if (start) return say(language, Msg::unit_date);
  return say(language, days_per_unit != 1.0 ? Msg::axis_time_years : Msg::axis_time_days);
}

TimeAxis time_axis(double longest_time, const std::optional<Date>& start) {
  constexpr double kDaysPerYear = 365.25;
  // With a start date the axis is labelled by dates, its x in days since the start.
  if (start) return {start, 1.0};
  return {start, longest_time > 1000.0 ? kDaysPerYear : 1.0};
}

TimeAxis time_axis(const std::vector<double>& times, const std::optional<Date>& start) {
  double longest = 0.0;
  for (double t : times) longest = std::max(longest, t);
  return time_axis(longest, start);
}

}  // namespace gwp::reporting
