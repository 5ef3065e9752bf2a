#include "postprocess/render/text_setter.hpp"

#include <vtkNew.h>
#include <vtkStdString.h>
#include <vtkTextProperty.h>
#include <vtkTextRenderer.h>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace gwp::render {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct RunMetrics {
  double width = 0, ascent = 0, descent = 0;  // pixels; descent below the baseline, positive
};

RunMetrics measure(const TextRun& run, const TextStyle& style, int dpi) {
  vtkNew<vtkTextProperty> p;
  TextStyle s = style;
  s.angle = 0.0;
  set_run_font(p, run, s);
  vtkTextRenderer::Metrics m;
  vtkTextRenderer* text_renderer = vtkTextRenderer::GetInstance();
  if (!text_renderer || !text_renderer->GetMetrics(p, vtkStdString(run.text), m, dpi))
    return {0.6 * style.size * double(run.text.size()), 0.8 * style.size, 0.2 * style.size};  // no FreeType
  return {double(m.BoundingBox[1] - m.BoundingBox[0]), double(m.Ascent[1]), double(-m.Descent[1])};
}

}  // namespace

void set_run_font(vtkTextProperty* p, const TextRun& run, const TextStyle& s) {
  if (!run.font_file.empty()) {
    p->SetFontFamily(VTK_FONT_FILE);
    p->SetFontFile(run.font_file.c_str());
  } else {
    p->SetFontFamilyToArial();  // no font file found: VTK's own
    p->SetBold(s.bold);
  }
  p->SetFontSize(int(std::lround(s.size)));
  p->SetColor(s.colour.r, s.colour.g, s.colour.b);
  p->SetOrientation(s.angle);
  p->SetJustificationToLeft();
  p->SetVerticalJustificationToBottom();
}

// Each run is anchored by VTK at the bottom-left of its own box, its font's descent below the
// baseline, so runs of fonts with different descents still share the baseline. The line is the
// runs' widths by the largest ascent plus the largest descent; the alignment point is found in
// that box, and everything is turned about it.
std::vector<PlacedRun> TextSetter::layout(const std::string& utf8, Pixel at, const TextStyle& style,
                                          std::array<double, 2>* size) const {
  const TextRuns runs = fonts_.runs(utf8, style.bold);
  std::vector<RunMetrics> metrics;
  double width = 0, ascent = 0, descent = 0;
  for (const TextRun& r : runs.runs) {
    metrics.push_back(measure(r, style, dpi_));
    width += metrics.back().width;
    ascent = std::max(ascent, metrics.back().ascent);
    descent = std::max(descent, metrics.back().descent);
  }
  if (size) *size = {width, ascent + descent};
  const double hx = style.h == HAlign::left ? 0.0 : style.h == HAlign::centre ? 0.5 * width : width;
  const double vy = style.v == VAlign::bottom ? -descent : style.v == VAlign::top ? ascent : 0.5 * (ascent - descent);
  const double a = style.angle * kPi / 180.0, c = std::cos(a), s = std::sin(a);
  std::vector<PlacedRun> placed;
  double x = 0;
  for (std::size_t r = 0; r < runs.runs.size(); ++r) {
    const double lx = x - hx, ly = -metrics[r].descent - vy;  // the run's anchor from `at`, unturned
    placed.push_back({runs.runs[r], {at[0] + c * lx - s * ly, at[1] + s * lx + c * ly}});
    x += metrics[r].width;
  }
  return placed;
}

std::array<double, 2> TextSetter::size(const std::string& utf8, const TextStyle& style) const {
  std::array<double, 2> size{0, 0};
  TextStyle s = style;
  s.angle = 0.0;
  layout(utf8, {0, 0}, s, &size);
  return size;
}

PixelBox TextSetter::box(const std::string& utf8, Pixel at, const TextStyle& style) const {
  const auto [w, h] = size(utf8, style);
  const double x0 = style.h == HAlign::left ? 0.0 : style.h == HAlign::centre ? -0.5 * w : -w;
  const double y0 = style.v == VAlign::bottom ? 0.0 : style.v == VAlign::centre ? -0.5 * h : -h;
  const double a = style.angle * kPi / 180.0, c = std::cos(a), s = std::sin(a);
  PixelBox b{1e300, 1e300, -1e300, -1e300};
  for (const auto& [x, y] : {std::array{x0, y0}, std::array{x0 + w, y0}, std::array{x0 + w, y0 + h}, std::array{x0, y0 + h}}) {
    const double px = at[0] + c * x - s * y, py = at[1] + s * x + c * y;
    b = {std::min(b.left, px), std::min(b.bottom, py), std::max(b.right, px), std::max(b.top, py)};
  }
  return b;
}

std::vector<std::string> wrap_text(const TextSetter& setter, const std::string& text, const TextStyle& style,
                                   double width) {
  // Pieces that may not be split: words, and each Chinese character on its own (Chinese breaks
  // between any two characters). `glue` says whether a piece joins the one before without a space.
  std::vector<std::string> pieces;
  std::vector<bool> glue;
  std::istringstream words(text);
  for (std::string word; words >> word;) {
    bool first = true;
    std::string latin;
    auto flush = [&] {
      if (latin.empty()) return;
      pieces.push_back(latin);
      glue.push_back(!first);
      first = false;
      latin.clear();
    };
    for (char32_t c : decode_utf8(word)) {
      if (is_cjk(c)) {
        flush();
        pieces.push_back(encode_utf8(c));
        glue.push_back(!first);
        first = false;
      } else {
        latin += encode_utf8(c);
      }
    }
    flush();
  }
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    const std::string longer = line.empty() ? pieces[p] : line + (glue[p] ? "" : " ") + pieces[p];
    if (!line.empty() && setter.size(longer, style)[0] > width) {
      lines.push_back(line);
      line = pieces[p];
    } else {
      line = longer;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace gwp::render
