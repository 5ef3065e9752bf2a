// Titles: "<case title or name> — <species> — <time>" and a smaller line under it, centred over
// the picture and shrunk to fit its width.
#pragma once
#include <string>

#include "postprocess/render/canvas.hpp"

namespace gwp::post::render {

// "Terrace landfill — ammonia_n — 10 yr"; the case part is left out when `case_title` is empty.
std::string picture_title(const std::string& case_title, const std::string& what, double time_days);

// Draws the title (bold, 1.35 x font) and the subtitle (font) at the top of the picture.
void draw_title(Canvas& canvas, const std::string& title, const std::string& subtitle, double font);

}  // namespace gwp::post::render
