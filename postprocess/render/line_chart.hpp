// Line charts (concentration or head against time, one line per series) written to PNG, for
// breakthrough curves at monitoring points and for comparing scenarios from several result files.
// A chart is one plot, or several stacked panels sharing the time axis (species whose limits lie
// orders of magnitude apart). Time may be shown as calendar dates. Rendered offscreen with VTK:
// needs an X server (xvfb-run -a).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

// One line. Solid series take the colours of a fixed palette (ColourBrewer Dark2, then Set1) in
// order of their labels' first appearance (one label, one colour, in every panel); a dashed
// series (a limit, a reference) takes the colour of the first solid series of its panel whose
// label its own label begins with (so "ammonia_n class IV, 1.5 mg/L" matches "ammonia_n"), else
// black, blue, red, grey in turn; dashed series of one colour get ever shorter dashes.
struct ChartSeries {
  std::string label;
  std::vector<double> x, y;  // equal lengths; x in the chart's x units, y in its y units
  bool dashed = false;
  int panel = 0;             // index in LineChart::panels (0 when the chart has none)
  // Points instead of a line: a marker of this shape at each (x, y), in the series' colour, or
  // white inside with a coloured edge when `hollow` (samples below a detection limit). Such a
  // series takes the colour of the first line of its panel whose label its own begins with
  // ("chloride observed" beside "chloride"), else a colour of its own label.
  std::optional<Marker> marker;
  bool hollow = false;
  bool thick = false;  // a line twice as wide, for a sum drawn over its parts (a chain total)
};

// A panel of a stacked chart: its own title and y axis.
struct ChartPanel {
  std::string title;    // over the panel, e.g. the species
  std::string y_label;
  bool log_y = false;
};

struct LineChart {
  std::string title, x_label, y_label;
  std::vector<ChartSeries> series;
  bool log_y = false;  // log10 y axis over at most 6 decades below the largest value; values
                       // below that (and values <= 0) are left out of the line
  int width = 1600, height = 1000;  // pixels; a chart of panels grows so each is at least 240 px tall
  std::vector<ChartPanel> panels;   // empty: one plot (y_label, log_y); else panels stacked top
                                    // down, each with the series whose `panel` is its index
  std::optional<Date> x_dates;      // when set, x is in days since that date and the axis is
                                    // labelled with calendar dates (years, months or days)
  std::optional<std::array<double, 2>> y_range;  // fixed linear y axis (a probability's 0..1);
                                    // empty: round values around the data
};

// Where a plot area lies in the picture and the axis ranges drawn there, so a caller (or a test)
// can map a value to its pixel: column = left + (x - x_min) / (x_max - x_min) * (right - left),
// row likewise with y (log10 of y and of the range when log_y). Pixels are counted from the
// picture's bottom-left corner, as VTK and vtkPNGReader count them.
struct PlotLayout {
  double left = 0, bottom = 0, right = 0, top = 0;  // pixels
  double x_min = 0, x_max = 1, y_min = 0, y_max = 1;  // axis ranges in data units
  bool log_y = false;
};

// The chart's layout: the first (top) plot in the fields it inherits, every panel in `panels`.
struct ChartLayout : PlotLayout {
  std::vector<PlotLayout> panels;     // one per panel, top down (one entry for a single plot)
  int width = 0, height = 0;          // pixels of the picture written
  std::vector<std::string> warnings;  // characters no installed font has, one message each
  std::vector<PictureText> texts;     // every line of text drawn, where it went
};

// Draws `chart` and writes it to `png_path` (its directory must exist; PNG, or JPEG for .jpg or
// .jpeg). Throws gwp::IoError when the file cannot be written, std::invalid_argument for a chart
// without any drawable point, with series whose x and y differ in length or that name a panel the
// chart does not have, or for an unsupported file extension.
void render_line_chart(const LineChart& chart, const std::string& png_path);

// The same, returning where the plot areas and axes ended up.
ChartLayout render_line_chart_layout(const LineChart& chart, const std::string& png_path);

}  // namespace gwp::render
