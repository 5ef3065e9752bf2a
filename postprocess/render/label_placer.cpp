#include "postprocess/render/label_placer.hpp"

namespace gwp::render {

namespace {

bool overlap(const PixelBox& a, const PixelBox& b) {
  return a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;
}

}  // namespace

bool LabelPlacer::free(const PixelBox& box, bool with_soft) const {
  if (box.left < bounds_.left || box.right > bounds_.right || box.bottom < bounds_.bottom || box.top > bounds_.top)
    return false;
  for (const PixelBox& t : taken_)
    if (overlap(box, t)) return false;
  if (with_soft)
    for (const PixelBox& t : soft_)
      if (overlap(box, t)) return false;
  return true;
}

void LabelPlacer::place(Canvas& canvas, const std::string& text, Pixel at, double radius, const TextStyle& style) {
  const auto size = canvas.text_size(text, style);
  const double w = size[0], h = size[1], gap = radius + 4;
  // Boxes of the candidate places, then the text anchor (bottom-left) of each.
  const PixelBox candidates[4] = {
      {at[0] + gap, at[1] - h / 2, at[0] + gap + w, at[1] + h / 2},
      {at[0] - gap - w, at[1] - h / 2, at[0] - gap, at[1] + h / 2},
      {at[0] - w / 2, at[1] + gap, at[0] + w / 2, at[1] + gap + h},
      {at[0] - w / 2, at[1] - gap - h, at[0] + w / 2, at[1] - gap},
  };
  const PixelBox* chosen = nullptr;
  for (bool with_soft : {true, false})
    for (const PixelBox& c : candidates)
      if (!chosen && free(c, with_soft)) chosen = &c;
  if (!chosen) chosen = &candidates[0];
  TextStyle s = style;
  s.h = HAlign::left;
  s.v = VAlign::bottom;
  canvas.text(text, {chosen->left, chosen->bottom}, s);
  taken_.push_back(*chosen);
}

bool LabelPlacer::place_centred(Canvas& canvas, const std::string& text, Pixel c, const TextStyle& style) {
  const auto size = canvas.text_size(text, style);
  const double pad = 3.0;  // keeps neighbouring labels apart by a few pixels
  const PixelBox box{c[0] - size[0] / 2 - pad, c[1] - size[1] / 2 - pad, c[0] + size[0] / 2 + pad, c[1] + size[1] / 2 + pad};
  if (!free(box)) return false;
  TextStyle s = style;
  s.h = HAlign::centre;
  s.v = VAlign::centre;
  canvas.text(text, c, s);
  taken_.push_back(box);
  return true;
}

}  // namespace gwp::render
