#include "models/observation_fields.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cmath>

#include "models/input_text.hpp"
#include "models/units.hpp"

namespace gwp::model {

namespace {

// A finite number written in full; locale-independent.
std::optional<double> plain_number(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double v = 0.0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (error != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// Spreadsheets in China and elsewhere write dates with slashes or dots; the calendar reads dashes.
std::string dashed(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '/', '-');
  std::replace(out.begin(), out.end(), '.', '-');
  return out;
}

// Written as a date: digits in three groups joined by two separators ("2010-13-01" is one,
// though not a valid one).
bool looks_like_date(std::string_view text) {
  const std::string d = dashed(text);
  return std::count(d.begin(), d.end(), '-') == 2 && d.front() != '-' && d.back() != '-' &&
         d.find("--") == std::string::npos &&
         std::all_of(d.begin(), d.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// How laboratories write "not detected", compared without regard to case.
constexpr std::array<std::string_view, 7> kNotDetected{"nd", "n.d.", "bdl", "<dl", "<lod", "未检出", "<mdl"};

bool is_not_detected(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return std::find(kNotDetected.begin(), kNotDetected.end(), lower) != kNotDetected.end();
}

}  // namespace

std::optional<double> observation_time(std::string_view text, const std::optional<Date>& start, std::string* error) {
  text = trimmed(text);
  if (text.empty()) {
    *error = "empty (expected a date such as 2010-05-01, or a time such as \"120 d\")";
    return std::nullopt;
  }
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ') && looks_like_date(text.substr(0, 10))) {
    // "2010-05-01T10:00" or "2010-05-01 10:00": the calendar counts whole days.
    *error = "a date with a time of day (found " + shown_text(text) +
             ", expected the date alone, such as " + std::string(text.substr(0, 10)) + ")";
    return std::nullopt;
  }
  if (looks_like_date(text)) {
    const auto date = parse_date(dashed(text));
    if (!date) {
      *error = "not a calendar date (found " + shown_text(text) + ", expected YYYY-MM-DD such as 2010-05-01)";
      return std::nullopt;
    }
    if (!start) {
      *error = "a date needs the date of t = 0 (found " + shown_text(text) +
               ", expected [time] start in the case, or a time such as \"120 d\")";
      return std::nullopt;
    }
    return time_of(*start, *date);
  }
  if (const auto days = plain_number(text)) return *days;
  std::string unit_error;
  if (const auto t = to_internal(text, Dimension::time, &unit_error)) return *t;
  *error = "not a date or a time (found " + shown_text(text) +
           ", expected a date such as 2010-05-01, days, or a time with its unit such as \"18 months\"): " +
           printable_text(unit_error, 200);
  return std::nullopt;
}

std::optional<ObservedValue> observed_value(std::string_view text, std::optional<double> detection_limit,
                                            std::string* error) {
  text = trimmed(text);
  const std::string found = " (found " + shown_text(text);
  if (is_not_detected(text)) {
    if (detection_limit) return ObservedValue{*detection_limit, true};
    *error = "not detected, but no detection limit is given" + found +
             ", expected \"<0.02\" with the limit, or detection_limit in the [[observations]] entry)";
    return std::nullopt;
  }
  const bool below = !text.empty() && text.front() == '<';
  if (below) text = trimmed(text.substr(1));
  const auto v = plain_number(text);
  if (!v || *v < 0.0 || (below && *v <= 0.0)) {
    *error = std::string(below ? "not a detection limit" : "not a concentration") + found +
             ", expected a number >= 0 such as 0.35, or \"<0.02\" below the detection limit 0.02)";
    if (text.empty()) *error = "empty (expected a number such as 0.35, or \"<0.02\" below the detection limit)";
    return std::nullopt;
  }
  return ObservedValue{*v, below};
}

}  // namespace gwp::model
