// Charts of a sweep's members from its sweep.h5: when a monitoring point first exceeds the limit
// (the distribution of the arrival over the members, a CDF that ends below 1 at the fraction
// that ever exceeded), which parameters drive a plume figure (a tornado chart of the partial rank
// correlations) and how a figure spreads over the members (a histogram). Needs an X server.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/bar_chart.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/line_chart.hpp"
#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::render {

struct SweepChartOptions {
  std::string species;                // empty: the first species of the sweep
  std::optional<double> time;         // d, a collected time (tornado, histogram); empty: the last
  std::vector<std::string> points;    // arrival: monitoring points; empty: all
  std::string figure = "peak";        // tornado and histogram: peak | area_above_limit | ...
  Language language = Language::en;
  std::string title;                  // empty: an automatic title
  int width = 1600, height = 0;       // pixels; 0: the chart's own
};

// The steps of an empirical CDF of first-exceedance times: (time, fraction) corners from
// (0, 0), each member that exceeded adding 1 / collected at its time, held to `until` (d). NaN
// times (never exceeded) add nothing, so the curve ends at the fraction that ever exceeded.
std::vector<std::array<double, 2>> arrival_steps(std::vector<double> times, std::size_t collected, double until);

// std::invalid_argument for an unknown species, point, figure or time (listing those there are).
ChartLayout render_arrival_chart(const results::ResultReader& reader, const results::SweepScene& scene,
                                 const SweepChartOptions& options, const std::string& png_path);
BarChartLayout render_tornado_chart(const results::ResultReader& reader, const results::SweepScene& scene,
                                    const SweepChartOptions& options, const std::string& png_path);
BarChartLayout render_figure_histogram(const results::ResultReader& reader, const results::SweepScene& scene,
                                       const SweepChartOptions& options, const std::string& png_path);

// "peak concentration (mg/L)", "area above the limit (m²)" ...; Chinese in Chinese.
std::string figure_label(const std::string& figure, Language language);

}  // namespace gwp::render
