// Pictures a report or a comparison wants, described as plain data. The documents are built in
// this library, which has no VTK; the command that writes them draws each request with the
// rendering library (postprocess/render) and hands back what happened, so a picture that could
// not be drawn (no X server, a renderer error) is named in the document instead of breaking it.
#pragma once
#include <string>
#include <variant>
#include <vector>

namespace gwp::post {

// A plan map of one species at one stored time: the maximum over depth, coloured as multiples of
// the species' limit.
struct PlanMapRequest {
  std::string species;
  double time = 0.0;  // d, a stored output time
};

// Breakthrough curves of one species at monitoring points, the limits dashed.
struct BreakthroughRequest {
  std::string species;
  std::vector<std::string> points;  // empty: every point
  std::string title;                // empty: the renderer's own
};

// A line chart of figures against time.
struct ChartLine {
  std::string label;
  std::vector<double> x, y;
  bool dashed = false;
};
struct ChartRequest {
  std::string title, x_label, y_label;
  std::vector<ChartLine> lines;
  bool log_y = false;
};

struct PictureRequest {
  std::string file;     // PNG name inside the output directory
  std::string caption;
  std::variant<PlanMapRequest, BreakthroughRequest, ChartRequest> what;
};

struct PictureOutcome {
  std::string file;
  std::string missing;  // why it was not drawn; empty when it was
};

// The outcome for `file`, or one saying it was never drawn.
PictureOutcome outcome_for(const std::vector<PictureOutcome>& outcomes, const std::string& file);

// A name safe in a file name: letters, digits, '-' and '_' kept, anything else '_'.
std::string picture_stem(const std::string& name);

}  // namespace gwp::post
