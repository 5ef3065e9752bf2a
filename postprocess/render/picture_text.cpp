#include "postprocess/render/picture_text.hpp"

#include <algorithm>

namespace gwp::render {

namespace {

constexpr double kTop = 0.7;            // of the font, above the first line
constexpr double kTitleLeading = 1.25;  // line height over the title's size
constexpr double kLeading = 1.3;        // line height over the subtitle's size

TextStyle title_style(double size) {
  TextStyle t;
  t.bold = true;
  t.h = HAlign::centre;
  t.v = VAlign::top;
  t.size = size;
  return t;
}

TextStyle subtitle_style(double font) {
  TextStyle s;
  s.h = HAlign::centre;
  s.v = VAlign::top;
  s.size = font;
  s.colour = {0.3, 0.3, 0.3};
  return s;
}

}  // namespace

std::string picture_title(const std::string& case_title, const std::string& what, const std::string& time_text) {
  const std::string dash = " \u2014 ";  // em dash
  return (case_title.empty() ? std::string() : case_title + dash) + what + dash + time_text;
}

TitleLayout fit_title(const TextSetter& setter, const std::string& title, const std::string& subtitle, double font,
                      double width) {
  TitleLayout l;
  l.font = font;
  l.title_size = 1.35 * font;
  while (l.title_size > 1.1 * font && setter.size(title, title_style(l.title_size))[0] > width)
    l.title_size = std::max(1.1 * font, l.title_size - 1.0);
  l.title_lines = wrap_text(setter, title, title_style(l.title_size), width);
  if (!subtitle.empty()) l.subtitle_lines = wrap_text(setter, subtitle, subtitle_style(font), width);
  l.height = kTop * font + double(l.title_lines.size()) * kTitleLeading * l.title_size +
             double(l.subtitle_lines.size()) * kLeading * font;
  return l;
}

void draw_title(Canvas& canvas, const TitleLayout& l) {
  double y = canvas.height() - kTop * l.font;
  for (const std::string& line : l.title_lines) {
    canvas.text(line, {0.5 * canvas.width(), y}, title_style(l.title_size));
    y -= kTitleLeading * l.title_size;
  }
  y -= 0.15 * l.font;
  for (const std::string& line : l.subtitle_lines) {
    canvas.text(line, {0.5 * canvas.width(), y}, subtitle_style(l.font));
    y -= kLeading * l.font;
  }
}

}  // namespace gwp::render
