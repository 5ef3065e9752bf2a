// The track of the centre of a plume's dissolved mass over the output times, drawn on the plan
// map of the species (a line of evidence of natural attenuation: a plume whose centre stands still
// or moves back to its source has stopped spreading). The map is the usual one at the time asked
// for (default the last); over it a line through the centre at every output time
// (/metrics/<species>/summary centre_x, centre_y), a dot at each, the time at the first, the last
// and a few dots between, and an arrow from the last dot in the direction the centre moves. The
// legend gives the times and, when the result has /metrics/<species>/plume_trend, the speed and
// direction from it, with the time they are measured from when that is later than the track's
// first ([metrics] trend_from); results written before it existed: the arrow follows the track's
// own least-squares direction, and the legend gives no speed.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/plane_geometry.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/plan_map.hpp"

namespace gwp::render {

struct CentreTrackPicture {
  PlanMapPicture map;                // the map under the track
  std::vector<double> times;         // d, the output times with dissolved mass (a centre)
  std::vector<Point> centres;        // m, world x and y of the centre at those times
  std::vector<Pixel> dots;           // pixels, where each dot was drawn
  std::vector<std::size_t> labelled; // the dots with a time beside them
  double speed;                      // m/yr, from plume_trend; NaN when the result has none
  double direction;                  // degrees clockwise from north of the arrow; NaN: no arrow drawn
  std::optional<std::array<Pixel, 2>> arrow;  // pixels: tail and tip
};

// Renders the track over the plan map of `options` (a concentration map; options.overlay is the
// track's own) and writes `png_path`. Throws std::invalid_argument for what render_plan_map
// refuses and for a species without dissolved mass at any output time, gwp::IoError for a result
// without the species' metrics or a file that cannot be written.
CentreTrackPicture render_centre_track(const results::ResultReader& reader, const PlanMapOptions& options,
                                       const std::string& png_path);

// Which of `n` dots get their time: all of up to `most`, else the first, the last and `most` - 2
// spread evenly between them (indices, rising).
std::vector<std::size_t> labelled_dots(std::size_t n, std::size_t most = 5);

// The compass point (0 north, 1 north-east ... 7 north-west) a direction (degrees clockwise from
// north) is nearest to.
int compass_point(double degrees);

}  // namespace gwp::render
