// Tables of monitored natural attenuation added to the result of render_fixture.hpp, each figure
// chosen so the picture tests can check it against geometry:
//
// - the centre of dissolved mass (/metrics/ammonia_n/summary) moves in a straight line from the
//   grid's centre 150 m towards 30 degrees south of east, at a constant speed from 100 d to
//   2000 d: 150 m / 1900 d = 28.8 m/yr, heading 120 degrees clockwise from north (south-east);
//   at 50 d there is no dissolved mass yet (no centre);
// - /metrics/ammonia_n/trends: one monitoring point of each of the seven decisions on a circle of
//   120 m round the centre (seven directions, far apart on any picture), two points at one place
//   (MW-twin-1, MW-twin-2), the west fixed-head boundary as a receptor (drawn at the mean of its
//   columns' centres) and a receptor the result has no place for ("spring");
// - /metrics/ammonia_n/plume_trend: the speed and direction above.
#pragma once
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/metrics/mna_table.hpp"
#include "postprocess/render/map_frame.hpp"
#include "render_fixture.hpp"

namespace gwp::test {

inline std::string without_spaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

// Whether `phrase` was drawn, on one line or wrapped over consecutive lines (a legend label;
// spaces are not compared, as wrapping takes them).
inline bool drawn(const std::vector<render::PictureText>& texts, const std::string& phrase) {
  const std::string want = without_spaces(phrase);
  for (std::size_t a = 0; a < texts.size(); ++a) {
    std::string joined;
    for (std::size_t b = a; b < texts.size() && joined.size() < want.size(); ++b) {
      joined += without_spaces(texts[b].text);
      if (joined == want) return true;
    }
  }
  return false;
}


inline const std::vector<double> kTrackTimes{50.0, 100.0, 480.0, 860.0, 1240.0, 1620.0, 2000.0};  // d
inline constexpr double kTrackLength = 150.0;      // m, from 100 d to 2000 d
inline constexpr double kTrackAngle = -30.0;       // degrees from east, counter-clockwise
inline constexpr double kTrackHeading = 120.0;     // the same clockwise from north
inline constexpr double kTrackSpeed = 150.0 / 1900.0 * 365.25;  // m/yr

inline std::array<double, 2> track_centre(double t) {
  return around_centre(kTrackLength * (t - 100.0) / 1900.0, kTrackAngle);
}

// A trend row and where its point is.
struct TrendPoint {
  std::string name, kind, trend;
  double sen_slope, below_limit_from;
  double radius, degrees;  // m and degrees from east round the centre: its place (radius < 0: none)
};

inline const std::vector<TrendPoint>& trend_points() {
  static const std::vector<TrendPoint> points{
      {"MW-up", "point", "increasing", 0.5, metrics::kNoValue, 120.0, 90.0},
      {"MW-up?", "point", "probably increasing", 0.12, metrics::kNoValue, 120.0, 141.4},
      {"MW-flat", "point", "no trend", 0.003, metrics::kNoValue, 120.0, 192.8},
      {"MW-level", "point", "stable", -0.001, 0.0, 120.0, 244.2},
      {"MW-down?", "point", "probably decreasing", -0.08, metrics::kNoValue, 120.0, 295.7},
      {"MW-down", "point", "decreasing", -0.25, 1500.0, 120.0, 347.1},
      {"MW-new", "point", "insufficient data", metrics::kNoValue, metrics::kNoValue, 120.0, 38.5},
      {"MW-twin-1", "point", "increasing", 0.2, metrics::kNoValue, 180.0, 225.0},
      {"MW-twin-2", "point", "decreasing", -0.2, metrics::kNoValue, 180.0, 225.0},
      {"west", "boundary", "stable", 0.0, 0.0, -1.0, 0.0},
      {"spring", "boundary", "decreasing", -0.01, 900.0, -1.0, 0.0},
  };
  return points;
}

// The monitoring points of trend_points() with a place, as features of the result.
inline std::vector<results::FeatureWell> trend_wells() {
  std::vector<results::FeatureWell> wells;
  for (const TrendPoint& p : trend_points()) {
    if (p.radius < 0.0) continue;
    results::FeatureWell w;
    w.name = p.name;
    w.kind = "monitoring";
    const auto at = around_centre(p.radius, p.degrees);
    w.x = at[0];
    w.y = at[1];
    w.top = w.bottom = 45.0;
    wells.push_back(w);
  }
  return wells;
}

// Writes the summary's centres, and the trends and plume_trend tables when `with_trends`, measured
// from `trend_from` (d).
inline void write_mna_tables(results::ResultWriter& writer, bool with_trends, double trend_from = 100.0) {
  metrics::MetricsTable table;
  for (double t : kTrackTimes) {
    metrics::PlumeSummary row;
    row.time = t;
    if (t >= 100.0) {
      const auto c = track_centre(t);
      row.centre = {c[0], c[1], 45.0};
    }
    table.summary.push_back(row);
  }
  metrics::write_metrics(writer, "ammonia_n", table);
  if (!with_trends) return;
  metrics::MnaEvidence evidence;
  evidence.trend_from = trend_from;
  for (const TrendPoint& p : trend_points()) {
    metrics::PointTrend row;
    row.point = p.name;
    row.kind = p.kind;
    row.samples = p.trend == "insufficient data" ? 2 : 8;
    row.trend = p.trend;
    row.sen_slope = p.sen_slope;
    row.below_limit_from = p.below_limit_from;
    evidence.trends.push_back(row);
  }
  evidence.plume.centre_speed = kTrackSpeed;
  evidence.plume.centre_direction = kTrackHeading;
  evidence.plume.mass_trend = "decreasing";
  metrics::write_mna_evidence(writer, "ammonia_n", evidence);
}

// The render fixture's result with the tables above and the trend points as features.
inline void write_mna_result(const std::string& path, bool with_trends = true, const std::string& start_date = "",
                             double trend_from = 100.0) {
  write_render_result(path, true, start_date, false, 0.0, trend_wells(),
                      [&](results::ResultWriter& w) { write_mna_tables(w, with_trends, trend_from); });
}

}  // namespace gwp::test
