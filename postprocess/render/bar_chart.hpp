// Bar charts of a sweep's members: a tornado chart (one horizontal bar per parameter, from 0 to
// its value, the largest |value| on top, so the parameters that drive the answer read first) and
// a histogram (vertical bars of how many members fall in each bin of a figure). Written to PNG
// through the same canvas and axes as the line charts. Needs an X server (xvfb-run -a).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

struct TornadoChart {
  std::string title, value_label;     // value_label: the x axis ("partial rank correlation")
  std::vector<std::string> labels;    // one per bar (parameters)
  std::vector<double> values;         // one per bar; NaN bars are listed with "n/a"
  double low = -1.0, high = 1.0;      // the value axis
  int width = 1600, height = 0;       // pixels; 0: as many bars need
};

struct Histogram {
  std::string title, x_label, y_label;
  std::vector<double> values;         // the sample; NaN left out
  int bins = 0;                       // 0: about sqrt(n), between 5 and 20, on round edges
  int width = 1600, height = 1000;
};

// What a bar chart drew, for tests.
struct BarChartLayout {
  int width = 0, height = 0;
  std::vector<std::string> order;     // tornado: the labels top down
  std::vector<double> edges;          // histogram: the bin edges
  std::vector<int> counts;            // histogram: members per bin
  std::vector<std::string> warnings;  // characters no installed font has
};

// std::invalid_argument for a chart without bars (or a histogram without a finite value), or an
// unsupported extension; IoError when the file cannot be written.
BarChartLayout render_tornado(const TornadoChart& chart, const std::string& png_path);
BarChartLayout render_histogram(const Histogram& chart, const std::string& png_path);

// Round bin edges covering the finite values (at least one bin, also for a single value).
std::vector<double> histogram_edges(const std::vector<double>& values, int bins = 0);

}  // namespace gwp::render
