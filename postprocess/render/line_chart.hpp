// Line charts (concentration or head against time, one line per series) written to PNG, for
// breakthrough curves at monitoring points and for comparing scenarios from several result files.
// Rendered offscreen with VTK: needs an X server (xvfb-run -a).
#pragma once
#include <string>
#include <vector>

namespace gwp::post {

// One line. Solid series take the colours of a fixed palette (ColourBrewer Dark2, then Set1) in
// order; a dashed series (a limit, a reference) takes the colour of the first solid series whose
// label its own label begins with (so "ammonia_n class IV, 1.5 mg/L" matches "ammonia_n"), else
// black, blue, red, grey in turn; dashed series of one colour get ever shorter dashes.
struct ChartSeries {
  std::string label;
  std::vector<double> x, y;  // equal lengths; x in the chart's x units, y in its y units
  bool dashed = false;
};

struct LineChart {
  std::string title, x_label, y_label;
  std::vector<ChartSeries> series;
  bool log_y = false;  // log10 y axis over at most 6 decades below the largest value; values
                       // below that (and values <= 0) are left out of the line
  int width = 1600, height = 1000;  // pixels
};

// Where the chart's plot area lies in the picture and the axis ranges drawn there, so a caller
// (or a test) can map a value to its pixel: column = left + (x - x_min) / (x_max - x_min) *
// (right - left), row likewise with y (log10 of y and of the range when log_y). Pixels are counted
// from the picture's bottom-left corner, as VTK and vtkPNGReader count them.
struct ChartLayout {
  double left = 0, bottom = 0, right = 0, top = 0;  // pixels
  double x_min = 0, x_max = 1, y_min = 0, y_max = 1;  // axis ranges in data units
  bool log_y = false;
};

// Draws `chart` and writes it to `png_path` (its directory must exist). Throws gwp::IoError when
// the file cannot be written, std::invalid_argument for a chart without any drawable point or with
// series whose x and y differ in length.
void render_line_chart(const LineChart& chart, const std::string& png_path);

// The same, returning where the plot area and axes ended up.
ChartLayout render_line_chart_layout(const LineChart& chart, const std::string& png_path);

}  // namespace gwp::post
