// Titles: "<case title or name> — <species> — <time>" and a smaller line under it, centred over
// the picture. A long title is shrunk a little, then wrapped onto more lines, never cut off;
// pictures leave room for as many lines as it takes.
#pragma once
#include <string>
#include <vector>

#include "postprocess/render/canvas.hpp"

namespace gwp::render {

// "Terrace landfill — NH₃-N — 2023-06-30"; the case part is left out when `case_title` is empty.
std::string picture_title(const std::string& case_title, const std::string& what, const std::string& time_text);

struct TitleLayout {
  std::vector<std::string> title_lines, subtitle_lines;
  double title_size = 0;  // pixels, bold
  double font = 0;        // pixels, the subtitle's
  double height = 0;      // pixels from the picture's top edge to below the last line
};

// The title at 1.35 x `font`, shrunk to no less than 1.1 x `font` to fit `width` pixels, then
// wrapped at spaces (and between Chinese characters); the subtitle at `font`, wrapped likewise.
TitleLayout fit_title(const TextSetter& setter, const std::string& title, const std::string& subtitle, double font,
                      double width);

// Draws a fitted title at the top of the picture.
void draw_title(Canvas& canvas, const TitleLayout& layout);

}  // namespace gwp::render
