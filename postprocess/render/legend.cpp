#include "postprocess/render/legend.hpp"

#include <sstream>

namespace gwp::post::render {

namespace {

std::vector<std::string> wrap(const Canvas& canvas, const std::string& text, const TextStyle& style, double width) {
  std::istringstream words(text);
  std::vector<std::string> lines;
  std::string line;
  for (std::string word; words >> word;) {
    const std::string longer = line.empty() ? word : line + " " + word;
    if (!line.empty() && canvas.text_size(longer, style)[0] > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

double draw_legend(Canvas& canvas, const std::vector<LegendEntry>& entries, double left, double top,
                   double font_size, double max_label_width) {
  const double sample_width = 2.2 * font_size, line_height = 1.3 * font_size, gap = 0.45 * font_size;
  TextStyle style;
  style.size = font_size;
  style.v = VAlign::centre;
  double y = top;
  for (const LegendEntry& e : entries) {
    if (e.sample == LegendEntry::Sample::heading) {
      TextStyle bold = style;
      bold.bold = true;
      canvas.text(e.label, {left, y - 0.5 * line_height}, bold);
      y -= line_height + gap;
      continue;
    }
    const std::vector<std::string> lines = wrap(canvas, e.label, style, max_label_width);
    const double height = line_height * double(std::max<std::size_t>(lines.size(), 1));
    const double centre = y - 0.5 * line_height;  // the sample sits by the first line
    switch (e.sample) {
      case LegendEntry::Sample::line:
        canvas.polyline({{left, centre}, {left + sample_width, centre}}, e.colour, e.width, e.dash, e.dash * 0.6);
        break;
      case LegendEntry::Sample::marker:
        canvas.marker({left + 0.5 * sample_width, centre}, e.marker, e.width, e.colour, e.edge);
        break;
      case LegendEntry::Sample::patch: {
        const double h = 0.4 * font_size;
        const std::vector<Pixel> box{{left, centre - h}, {left + sample_width, centre - h},
                                     {left + sample_width, centre + h}, {left, centre + h}};
        canvas.fill_polygon(box, e.colour);
        std::vector<Pixel> outline = box;
        outline.push_back(box.front());
        canvas.polyline(outline, e.edge, 2.5);
        break;
      }
      case LegendEntry::Sample::heading: break;
    }
    for (std::size_t l = 0; l < lines.size(); ++l)
      canvas.text(lines[l], {left + sample_width + 0.5 * font_size, y - (double(l) + 0.5) * line_height}, style);
    y -= height + gap;
  }
  return y + gap;
}

}  // namespace gwp::post::render
