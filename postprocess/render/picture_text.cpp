#include "postprocess/render/picture_text.hpp"

#include "postprocess/render/time_label.hpp"

namespace gwp::post::render {

std::string picture_title(const std::string& case_title, const std::string& what, double time_days) {
  const std::string dash = " \u2014 ";  // em dash
  return (case_title.empty() ? std::string() : case_title + dash) + what + dash + time_label(time_days);
}

void draw_title(Canvas& canvas, const std::string& title, const std::string& subtitle, double font) {
  TextStyle t;
  t.bold = true;
  t.h = HAlign::centre;
  t.v = VAlign::top;
  t.size = 1.35 * font;
  const double room = canvas.width() - 2.0 * font;
  // Shrink a long title to the picture's width, but not below the body font.
  while (t.size > font && canvas.text_size(title, t)[0] > room) t.size -= 1.0;
  canvas.text(title, {0.5 * canvas.width(), canvas.height() - 0.7 * font}, t);
  if (subtitle.empty()) return;
  TextStyle s;
  s.h = HAlign::centre;
  s.v = VAlign::top;
  s.size = font;
  s.colour = {0.3, 0.3, 0.3};
  canvas.text(subtitle, {0.5 * canvas.width(), canvas.height() - 0.9 * font - 1.5 * t.size}, s);
}

}  // namespace gwp::post::render
