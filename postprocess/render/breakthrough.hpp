// Breakthrough curves: concentration against time at monitoring points (/monitoring/<point>/
// <species>), one line per species (or per point, or per pair), each species' limit as a dashed
// line. breakthrough_chart() only gathers the data, so a comparison of several result files can
// merge the series of several charts before drawing them with render_line_chart().
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/language.hpp"
#include "postprocess/render/line_chart.hpp"
#include "results/result_reader.hpp"

namespace gwp::render {

// One stored series: time (d) and concentration (mg/L) after every transport step.
struct MonitoringSeries {
  std::string point, species;
  std::vector<double> time;           // d
  std::vector<double> concentration;  // mg/L
};

// /monitoring/<point>/<species>; throws std::invalid_argument naming what exists when absent.
MonitoringSeries read_monitoring_series(const results::ResultReader& reader, const std::string& point,
                                        const std::string& species);
// Names of the monitoring points that hold concentration series, in name order.
std::vector<std::string> monitoring_points(const results::ResultReader& reader);

// Whether species share one plot or each has its own panel.
enum class BreakthroughPanels {
  automatic,    // a panel per species when several are drawn (not relative to their limits) and
                // their limits (or peaks) differ by a factor of 10 or more; else one plot
  single,       // one plot
  per_species,  // a panel per species
};

struct BreakthroughOptions {
  std::vector<std::string> points;   // empty: every monitoring point
  std::vector<std::string> species;  // empty: every species of the result
  bool log_y = false;
  bool relative_to_limit = false;    // y as multiples of each species' limit (one dashed line at 1)
  bool class_iii = true;             // also draw the GB/T 14848 class III limit where it differs
  BreakthroughPanels panels = BreakthroughPanels::automatic;
  Language language = Language::en;  // of titles, labels and axes
  std::string title;                 // empty: "<case title or name> — breakthrough at <points>"
  int width = 1600, height = 1000;   // pixels; a chart of panels grows so each is readable
};

// The frame of a chart of concentration (mg/L) against time up to `end` (d): dates from
// `start`, else days, or years when `end` passes 1000 d; options' size and log scale, the
// y label in the options' language. x() turns a model time (d) into the chart's x.
struct ConcentrationTimeFrame {
  LineChart chart;
  double days_per_x = 1.0;
  std::string mg;  // " (mg/L)" or "（mg/L）", for panel labels
  double x(double days) const { return days / days_per_x; }
};
ConcentrationTimeFrame concentration_time_frame(const BreakthroughOptions& o, const std::optional<Date>& start,
                                                double end);

// The chart: x in calendar dates when the result has a start date, else in years when the
// series run past 1000 d (else days); y in mg/L (or multiples of the limit). Species are named
// by their labels (NH₃-N; 氨氮 in Chinese). Labels say point and species only where more than
// one is drawn (on a panel of one species, the point).
LineChart breakthrough_chart(const results::ResultReader& reader, const BreakthroughOptions& options);

// breakthrough_chart() drawn to `png_path` (PNG, or JPEG for .jpg/.jpeg); returns the chart's layout.
ChartLayout render_breakthrough(const results::ResultReader& reader, const BreakthroughOptions& options,
                                const std::string& png_path);

}  // namespace gwp::render
