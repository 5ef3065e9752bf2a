#include "postprocess/render/section_scale.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

namespace {
constexpr double kHeadroom = 0.15;      // of the section's thickness, left above its top
constexpr double kTargetAspect = 0.45;  // section height over width when the height is free
}  // namespace

SectionScale section_scale(const SectionFit& fit) {
  const double thickness = fit.z_high - fit.z_low;
  if (!(thickness > 0.0) || !(fit.length > 0.0)) throw std::invalid_argument("a section needs a length and a thickness");
  SectionScale s;
  // The elevation axis starts at a round value below the lowest bottom.
  const std::vector<double> ticks = nice_ticks(fit.z_low, fit.z_high, 5);
  const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
  const double z_bottom = std::floor(fit.z_low / step + 1e-9) * step;
  const double extent = fit.z_high - z_bottom + kHeadroom * thickness;  // m of elevation shown
  const double width = fit.right - fit.left;
  double ppm = width / fit.length;
  // Free height: about half the width, or the height the side panel needs if that is more.
  const double room = fit.height > 0 ? fit.height - fit.above - fit.below
                                     : std::max(kTargetAspect * width, fit.min_height - fit.above - fit.below);
  if (!(width > 0.0) || !(room > 0.0)) throw std::invalid_argument("no room left for the section");
  // At most as tall as wide, so the whole line keeps the plot's width.
  const double raw = (fit.height > 0 ? room : std::min(room, width)) / (extent * ppm);
  double ve = fit.vertical_exaggeration > 0.0 ? fit.vertical_exaggeration : raw >= 1.0 ? round_down_fine(raw) : 1.0;
  double plot_height = room;
  if (fit.height > 0) {
    // A fixed height: a fixed exaggeration too large for it shrinks the horizontal scale instead.
    ppm = std::min(ppm, room / (extent * ve));
    s.height = fit.height;
  } else {
    // A free height: the plot just holds the section, and the picture is as tall as the plot or
    // the side panel needs, whichever is more (the panel may reach below the plot).
    ppm = std::min(ppm, width / (extent * ve));  // a deep, short section no taller than wide
    plot_height = extent * ppm * ve;
    s.height = int(std::ceil(std::max(fit.above + plot_height + fit.below, fit.min_height)));
  }
  const double top = s.height - fit.above;
  const PixelBox plot{fit.left, top - plot_height, fit.right, top};
  s.pixels_per_metre = ppm;
  s.vertical_exaggeration = ve;
  s.area.box = plot;
  s.area.x = {0.0, plot.width() / ppm, false, "distance along the section (m)", {}};
  s.area.y = {z_bottom, z_bottom + plot.height() / (ppm * ve), false, "elevation (m asl)", {}};
  return s;
}

}  // namespace gwp::render
