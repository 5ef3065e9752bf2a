// Places short labels next to map symbols so they do not overlap each other or the symbols:
// each label tries the right, left, upper and lower side of its anchor in turn and takes the
// first free one (then the first clear of other labels and symbols alone, else the right side).
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

class LabelPlacer {
 public:
  explicit LabelPlacer(PixelBox bounds) : bounds_(bounds) {}

  // Keeps the area free of labels (a symbol, the legend). A soft block (a flow arrow) is given up
  // when a label finds no other place.
  void block(const PixelBox& box, bool soft = false) { (soft ? soft_ : taken_).push_back(box); }
  // Draws `text` beside a symbol of `radius` pixels at `anchor` and keeps its box.
  void place(Canvas& canvas, const std::string& text, Pixel anchor, double radius, const TextStyle& style);
  // Draws `text` centred on `centre` if that spot is free; returns whether it did.
  bool place_centred(Canvas& canvas, const std::string& text, Pixel centre, const TextStyle& style);

 private:
  bool free(const PixelBox& box, bool with_soft = true) const;

  PixelBox bounds_;
  std::vector<PixelBox> taken_, soft_;
};

}  // namespace gwp::render
