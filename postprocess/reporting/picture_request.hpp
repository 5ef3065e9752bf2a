// Pictures a report or a comparison wants, described as plain data. The documents are built in
// this library, which has no VTK; the command that writes them draws each request with the
// rendering library (postprocess/render) and hands back what happened, so a picture that could
// not be drawn (no X server, a renderer error) is named in the document instead of breaking it.
//
// The language of the text inside a picture (titles, axes, legends) is decided here, in one
// place: picture_language(). Each request carries it (PictureRequest::text_language); the texts a
// request spells out (chart titles, axis and line labels, map titles) are written in it, and the
// command hands it to the renderer with the request.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/calendar.hpp"
#include "postprocess/reporting/messages.hpp"

namespace gwp::reporting {

// A plan map of one species at one stored time: the maximum over depth, coloured as multiples of
// the species' limit.
struct PlanMapRequest {
  std::string species;
  double time = 0.0;  // d, a stored output time
  std::string title;  // empty: the renderer's own
};

// A line chart of figures against time.
struct ChartLine {
  std::string label;
  std::vector<double> x, y;
  bool dashed = false;
  // Samples rather than a line: a dot at each point, filled, or hollow for samples below a
  // detection limit (drawn in the colour of the line whose label this one's begins with).
  enum class Mark { none, filled, hollow } mark = Mark::none;
  bool thick = false;  // drawn twice as wide: a sum over the other lines (a reaction chain's total)
};
struct ChartRequest {
  std::string title, x_label, y_label;
  std::vector<ChartLine> lines;
  bool log_y = false;
  std::optional<Date> x_dates;  // x in days since this date, the axis labelled by dates; none: numbers
};

struct PictureRequest {
  std::string file;     // PNG name inside the output directory
  std::string caption;  // in the document's language
  std::variant<PlanMapRequest, ChartRequest> what;
  Language text_language = Language::en;  // of the text inside the picture: picture_language()
};

// The language pictures are drawn in for a document in `document`: the document's own (the
// renderer draws Chinese with a CJK font).
Language picture_language(Language document);

struct PictureOutcome {
  std::string file;
  std::string missing;  // why it was not drawn; empty when it was
};

// The outcome for `file`, or one saying it was never drawn.
PictureOutcome outcome_for(const std::vector<PictureOutcome>& outcomes, const std::string& file);

// A name safe in a file name: letters, digits, '-' and '_' kept, anything else '_'.
std::string picture_stem(const std::string& name);

// The time axis of a chart: with a start date, calendar dates (x in days since the start);
// without one days, or years when the longest time exceeds 1000 d.
struct TimeAxis {
  std::optional<Date> start;
  double days_per_unit = 1.0;
  double x(double days) const { return days / days_per_unit; }  // the chart's x of a model time
  std::string label(const Language language) const;
};
TimeAxis time_axis(double longest_time, const std::optional<Date>& start);
// The same for charts of series that run to the last of `times` (d; any order).
TimeAxis time_axis(const std::vector<double>& times, const std::optional<Date>& start);

}  // namespace gwp::reporting
