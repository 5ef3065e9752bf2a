// Placement of a plan map in a picture: world coordinates (m) to pixels, the same scale on both
// axes, fitted into a rectangle of the picture. Pixels are counted from the bottom-left corner.
#pragma once
#include <array>
#include <string>

namespace gwp::render {

struct PixelBox {
  double left = 0, bottom = 0, right = 0, top = 0;  // pixels
  double width() const { return right - left; }
  double height() const { return top - bottom; }
};

// A line of text as drawn in a picture, for captions and tests that check where text went.
struct PictureText {
  std::string text;
  PixelBox box;  // pixels, upright around the (possibly turned) line
};

struct WorldBox {
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // m
};

struct MapFrame {
  double pixels_per_metre = 1.0;
  double x0 = 0.0, y0 = 0.0;   // m, the world point drawn at pixel (px0, py0)
  double px0 = 0.0, py0 = 0.0;

  std::array<double, 2> to_pixel(double x, double y) const {
    return {px0 + (x - x0) * pixels_per_metre, py0 + (y - y0) * pixels_per_metre};
  }
  std::array<double, 2> to_world(double px, double py) const {
    return {x0 + (px - px0) / pixels_per_metre, y0 + (py - py0) / pixels_per_metre};
  }
};

// The largest scale at which `world` fits into `box`, centred in it. Throws
// std::invalid_argument for an empty world box or pixel box.
MapFrame fit_frame(const WorldBox& world, const PixelBox& box);

}  // namespace gwp::render
