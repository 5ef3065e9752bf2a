#include "postprocess/render/map_frame.hpp"

#include <algorithm>
#include <stdexcept>

namespace gwp::render {

MapFrame fit_frame(const WorldBox& world, const PixelBox& box) {
  const double w = world.x_max - world.x_min, h = world.y_max - world.y_min;
  if (!(w > 0.0) || !(h > 0.0)) throw std::invalid_argument("cannot fit an empty area into a map");
  if (!(box.width() > 0.0) || !(box.height() > 0.0)) throw std::invalid_argument("no room left for the map");
  MapFrame f;
  f.pixels_per_metre = std::min(box.width() / w, box.height() / h);
  f.x0 = 0.5 * (world.x_min + world.x_max);
  f.y0 = 0.5 * (world.y_min + world.y_max);
  f.px0 = 0.5 * (box.left + box.right);
  f.py0 = 0.5 * (box.bottom + box.top);
  return f;
}

}  // namespace gwp::render
