// Text in pictures: its style, and how a line of text is set before VTK draws it. A line is cut
// into runs of one font each (font_set.hpp); the runs sit side by side on one baseline, and the
// line is aligned and turned about the point it is drawn at. Measuring needs no window, so
// layouts can size a picture by its text before the picture exists.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "postprocess/render/font_set.hpp"
#include "postprocess/render/map_frame.hpp"

class vtkTextProperty;

namespace gwp::render {

using Pixel = std::array<double, 2>;  // x to the right, y up, from the bottom-left corner

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0..1
};

enum class HAlign { left, centre, right };
enum class VAlign { bottom, centre, top };

struct TextStyle {
  double size = 22;            // pixels (the window's 72 dpi makes points and pixels equal)
  Rgb colour{0.1, 0.1, 0.1};
  bool bold = false;
  HAlign h = HAlign::left;
  VAlign v = VAlign::bottom;
  double angle = 0;            // degrees counter-clockwise
  bool halo = false;           // white outline, so a label stays readable over colours
};

struct PlacedRun {
  TextRun run;
  Pixel anchor;  // where VTK anchors the run: the bottom-left of its box, before turning
};

class TextSetter {
 public:
  explicit TextSetter(int dpi = 72) : dpi_(dpi) {}

  // The runs of `utf8` placed for drawing at `at` in `style`; `size` (if given) receives the
  // width and height of the whole line, unturned.
  std::vector<PlacedRun> layout(const std::string& utf8, Pixel at, const TextStyle& style,
                                std::array<double, 2>* size = nullptr) const;
  // Width and height (pixels) of `utf8` in `style`, unturned.
  std::array<double, 2> size(const std::string& utf8, const TextStyle& style) const;
  // The box `utf8` covers when drawn at `at` in `style` (the upright box around it when turned).
  PixelBox box(const std::string& utf8, Pixel at, const TextStyle& style) const;
  // Characters of `utf8` no installed font has.
  std::vector<char32_t> missing(const std::string& utf8, bool bold) const { return fonts_.runs(utf8, bold).missing; }

 private:
  FontSet fonts_;
  int dpi_;
};

// Lines of `text` no wider than `width` pixels in `style`, broken at spaces (a word wider than
// `width` stays whole on its own line) and, in Chinese text, between any two characters.
std::vector<std::string> wrap_text(const TextSetter& setter, const std::string& text, const TextStyle& style,
                                   double width);

// Sets `property` (a vtkTextProperty) for drawing `run` in `style`, anchored at its bottom-left.
void set_run_font(vtkTextProperty* property, const TextRun& run, const TextStyle& style);

}  // namespace gwp::render
