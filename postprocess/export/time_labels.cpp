#include "postprocess/export/time_labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace gwp::exporting {

namespace {

bool unique(const std::vector<std::string>& labels) {
  return std::set<std::string>(labels.begin(), labels.end()).size() == labels.size();
}

std::vector<std::string> date_labels(const std::vector<double>& times, const Date& start, bool with_clock) {
  std::vector<std::string> labels;
  for (double t : times) {
    std::string label = to_string(date_at(start, t));
    if (with_clock) {
      // Minutes since midnight of that day, rounded; a time a hair before midnight is the next day's 0000.
      const double day = std::floor(t + 1e-6);
      const long minutes = std::clamp(std::lround((t - day) * 1440.0), 0L, 1439L);
      char clock[8];
      std::snprintf(clock, sizeof clock, "T%02ld%02ld", minutes / 60, minutes % 60);
      label += clock;
    }
    labels.push_back(label);
  }
  return labels;
}

std::vector<std::string> day_labels(const std::vector<double>& times) {
  double largest = 0.0;
  for (double t : times) largest = std::max(largest, std::fabs(t));
  const int width = int(std::to_string(long(std::floor(largest))).size());
  std::vector<std::string> labels;
  for (int decimals = 0; decimals <= 6; ++decimals) {
    labels.clear();
    for (double t : times) {
      char text[64];
      // Width counts the integer digits, a point and the decimals: "0365.25".
      std::snprintf(text, sizeof text, "%0*.*fd", width + (decimals ? decimals + 1 : 0), decimals, t);
      labels.push_back(text);
    }
    if (unique(labels)) return labels;
  }
  char index[16];
  for (std::size_t k = 0; k < labels.size(); ++k) {
    std::snprintf(index, sizeof index, "_%04zu", k);
    labels[k] += index;
  }
  return labels;
}

}  // namespace

std::vector<std::string> time_labels(const std::vector<double>& times, const std::optional<Date>& start) {
  if (start) {
    for (bool with_clock : {false, true}) {
      std::vector<std::string> labels = date_labels(times, *start, with_clock);
      if (unique(labels)) return labels;
    }
  }
  return day_labels(times);
}

}  // namespace gwp::exporting
