#include "postprocess/render/legend.hpp"

#include <algorithm>

#include "postprocess/render/hatching.hpp"

namespace gwp::render {

namespace {

struct LegendMetrics {
  double sample_width, line_height, gap;
};

LegendMetrics metrics(double font_size) { return {2.2 * font_size, 1.3 * font_size, 0.45 * font_size}; }

TextStyle label_style(double font_size, bool bold) {
  TextStyle style;
  style.size = font_size;
  style.v = VAlign::centre;
  style.bold = bold;
  return style;
}

// The lines of an entry's label: headings take the whole width, others the width beside the sample.
std::vector<std::string> label_lines(const TextSetter& setter, const LegendEntry& e, double font_size,
                                     double max_label_width) {
  const bool heading = e.sample == LegendEntry::Sample::heading;
  const double width = heading ? max_label_width + metrics(font_size).sample_width + 0.5 * font_size : max_label_width;
  std::vector<std::string> lines = wrap_text(setter, e.label, label_style(font_size, heading), width);
  if (lines.empty()) lines.push_back(std::string());
  return lines;
}

void draw_sample(Canvas& canvas, const LegendEntry& e, double left, double centre, double font_size) {
  const double w = metrics(font_size).sample_width;
  switch (e.sample) {
    case LegendEntry::Sample::line:
      canvas.polyline({{left, centre}, {left + w, centre}}, e.colour, e.width, e.dash, e.dash * 0.6);
      break;
    case LegendEntry::Sample::marker:
      canvas.marker({left + 0.5 * w, centre}, e.marker, e.width, e.colour, e.edge);
      break;
    case LegendEntry::Sample::patch: {
      const double h = 0.4 * font_size;
      const std::vector<Pixel> box{{left, centre - h}, {left + w, centre - h}, {left + w, centre + h}, {left, centre + h}};
      canvas.fill_polygon(box, e.colour);
      if (e.hatched) canvas.polylines(hatch_lines({box}, hatch_spacing(font_size)), e.edge, 1.5);
      std::vector<Pixel> outline = box;
      outline.push_back(box.front());
      canvas.polyline(outline, e.edge, 2.5);
      break;
    }
    case LegendEntry::Sample::arrow:
      canvas.arrow({left + 0.1 * w, centre}, {left + 0.9 * w, centre}, e.colour, e.width, 0.45 * font_size);
      break;
    case LegendEntry::Sample::heading: break;
  }
}

}  // namespace

double draw_legend(Canvas& canvas, const std::vector<LegendEntry>& entries, double left, double top,
                   double font_size, double max_label_width) {
  const LegendMetrics m = metrics(font_size);
  double y = top;
  for (const LegendEntry& e : entries) {
    const bool heading = e.sample == LegendEntry::Sample::heading;
    const std::vector<std::string> lines = label_lines(canvas.text_setter(), e, font_size, max_label_width);
    draw_sample(canvas, e, left, y - 0.5 * m.line_height, font_size);  // by the first line
    const double x = heading ? left : left + m.sample_width + 0.5 * font_size;
    for (std::size_t l = 0; l < lines.size(); ++l)
      canvas.text(lines[l], {x, y - (double(l) + 0.5) * m.line_height}, label_style(font_size, heading));
    y -= m.line_height * double(lines.size()) + m.gap;
  }
  return y + m.gap;
}

double legend_height(const TextSetter& setter, const std::vector<LegendEntry>& entries, double font_size,
                     double max_label_width) {
  const LegendMetrics m = metrics(font_size);
  double height = 0;
  for (const LegendEntry& e : entries)
    height += m.line_height * double(label_lines(setter, e, font_size, max_label_width).size()) + m.gap;
  return std::max(0.0, height - m.gap);
}

}  // namespace gwp::render
