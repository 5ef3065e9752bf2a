#include "postprocess/render/canvas.hpp"

#include <vtkActor2D.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkJPEGWriter.h>
#include <vtkPNGWriter.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkProperty2D.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkStdString.h>
#include <vtkTextRenderer.h>
#include <vtkTriangleFilter.h>
#include <vtkUnsignedCharArray.h>
#include <vtkWindowToImageFilter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "core/errors.hpp"
#include "postprocess/render/picture_format.hpp"

namespace gwp::render {

namespace {

constexpr double kPi = 3.14159265358979323846;

unsigned char byte(double v) { return static_cast<unsigned char>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); }

// A wide line as quads, one per segment, plus a square at each inner joint to close the
// wedge between segments: OpenGL core profiles do not draw lines wider than one pixel.
void add_thick_line(const std::vector<Pixel>& line, double width, vtkPoints* points, vtkCellArray* polys) {
  const double h = 0.5 * width;
  auto quad = [&](const std::array<Pixel, 4>& corners) {
    vtkIdType ids[4];
    for (int c = 0; c < 4; ++c) ids[c] = points->InsertNextPoint(corners[std::size_t(c)][0], corners[std::size_t(c)][1], 0.0);
    polys->InsertNextCell(4, ids);
  };
  for (std::size_t s = 0; s + 1 < line.size(); ++s) {
    const Pixel a = line[s], b = line[s + 1];
    const double dx = b[0] - a[0], dy = b[1] - a[1], len = std::hypot(dx, dy);
    if (len <= 0.0) continue;
    const double nx = -dy / len * h, ny = dx / len * h;
    quad({Pixel{a[0] + nx, a[1] + ny}, Pixel{a[0] - nx, a[1] - ny}, Pixel{b[0] - nx, b[1] - ny}, Pixel{b[0] + nx, b[1] + ny}});
    if (s + 2 < line.size()) {
      const int sides = 8;  // an octagon is round enough at these widths
      vtkIdType ids[sides];
      for (int c = 0; c < sides; ++c)
        ids[c] = points->InsertNextPoint(b[0] + h * std::cos(2 * kPi * c / sides), b[1] + h * std::sin(2 * kPi * c / sides), 0.0);
      polys->InsertNextCell(sides, ids);
    }
  }
}

std::vector<Pixel> marker_outline(Pixel at, Marker shape, double size) {
  const double r = 0.5 * size;
  std::vector<Pixel> p;
  auto regular = [&](int n, double start_deg, double radius) {
    for (int c = 0; c < n; ++c) {
      const double a = (start_deg + 360.0 * c / n) * kPi / 180.0;
      p.push_back({at[0] + radius * std::cos(a), at[1] + radius * std::sin(a)});
    }
  };
  switch (shape) {
    case Marker::circle: regular(24, 0.0, r); break;
    case Marker::square: regular(4, 45.0, r * std::sqrt(2.0) * 0.85); break;
    case Marker::triangle: regular(3, 90.0, r * 1.15); break;
    case Marker::triangle_down: regular(3, 270.0, r * 1.15); break;
    case Marker::diamond: regular(4, 0.0, r * 1.1); break;
    case Marker::cross: {
      const double t = 0.18 * size;  // half the bar width
      p = {{at[0] - t, at[1] - r}, {at[0] + t, at[1] - r}, {at[0] + t, at[1] - t}, {at[0] + r, at[1] - t},
           {at[0] + r, at[1] + t}, {at[0] + t, at[1] + t}, {at[0] + t, at[1] + r}, {at[0] - t, at[1] + r},
           {at[0] - t, at[1] + t}, {at[0] - r, at[1] + t}, {at[0] - r, at[1] - t}, {at[0] - t, at[1] - t}};
      break;
    }
  }
  return p;
}

}  // namespace

std::vector<std::vector<Pixel>> dashed(const std::vector<std::vector<Pixel>>& lines, double dash, double gap) {
  if (dash <= 0.0 || gap <= 0.0) return lines;
  std::vector<std::vector<Pixel>> out;
  for (const auto& line : lines) {
    double phase = 0.0;  // distance into the current dash-gap period
    bool drawing = true;
    std::vector<Pixel> current;
    if (!line.empty()) current.push_back(line.front());
    for (std::size_t s = 0; s + 1 < line.size(); ++s) {
      Pixel a = line[s];
      const Pixel b = line[s + 1];
      double remaining = std::hypot(b[0] - a[0], b[1] - a[1]);
      while (remaining > 0.0) {
        const double left = (drawing ? dash : gap) - phase;
        if (left > remaining) {
          phase += remaining;
          if (drawing) current.push_back(b);
          break;
        }
        const double f = left / remaining;
        const Pixel cut{a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])};
        if (drawing) {
          current.push_back(cut);
          out.push_back(std::move(current));
          current.clear();
        } else {
          current = {cut};
        }
        drawing = !drawing;
        phase = 0.0;
        remaining -= left;
        a = cut;
      }
    }
    if (drawing && current.size() > 1) out.push_back(std::move(current));
  }
  return out;
}

Canvas::Canvas(int width, int height) : width_(width), height_(height) {
  if (width < 16 || height < 16) throw std::invalid_argument("picture size " + std::to_string(width) + "x" +
                                                             std::to_string(height) + " is too small");
  renderer_ = vtkSmartPointer<vtkRenderer>::New();
  renderer_->SetBackground(1.0, 1.0, 1.0);
  window_ = vtkSmartPointer<vtkRenderWindow>::New();
  window_->SetOffScreenRendering(1);
  // Smooth edges of lines and markers by FXAA, a screen-space pass: multisampling costs three
  // times the render time on Mesa's software renderer for the same look.
  window_->SetMultiSamples(0);
  renderer_->UseFXAAOn();
  window_->SetSize(width, height);
  window_->AddRenderer(renderer_);
}

Canvas::~Canvas() { window_->Finalize(); }

void Canvas::add(vtkPolyData* data, Rgb colour, double opacity, double line_width, bool cell_colours) {
  vtkNew<vtkTriangleFilter> triangles;  // concave outlines are cut into triangles before drawing
  triangles->SetInputData(data);
  triangles->PassLinesOn();
  triangles->Update();
  vtkNew<vtkPolyDataMapper2D> mapper;
  mapper->SetInputConnection(triangles->GetOutputPort());
  if (cell_colours) {
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
    mapper->ScalarVisibilityOn();
  } else {
    mapper->ScalarVisibilityOff();
  }
  vtkNew<vtkActor2D> actor;
  actor->SetMapper(mapper);
  actor->GetProperty()->SetColor(colour.r, colour.g, colour.b);
  actor->GetProperty()->SetOpacity(opacity);
  actor->GetProperty()->SetLineWidth(float(line_width));
  renderer_->AddActor2D(actor);
}

void Canvas::fill_polygons(const std::vector<std::vector<Pixel>>& polygons, const std::vector<Rgb>& colours,
                           double opacity) {
  if (colours.size() != polygons.size())
    throw std::invalid_argument("fill_polygons: " + std::to_string(polygons.size()) + " polygons but " +
                                std::to_string(colours.size()) + " colours");
  if (polygons.empty()) return;
  vtkNew<vtkPoints> points;
  vtkNew<vtkCellArray> polys;
  vtkNew<vtkUnsignedCharArray> rgba;
  rgba->SetNumberOfComponents(4);
  const unsigned char alpha = byte(opacity);
  for (std::size_t p = 0; p < polygons.size(); ++p) {
    if (polygons[p].size() < 3) continue;
    polys->InsertNextCell(vtkIdType(polygons[p].size()));
    for (const Pixel& v : polygons[p]) polys->InsertCellPoint(points->InsertNextPoint(v[0], v[1], 0.0));
    const unsigned char c[4] = {byte(colours[p].r), byte(colours[p].g), byte(colours[p].b), alpha};
    rgba->InsertNextTypedTuple(c);
  }
  vtkNew<vtkPolyData> data;
  data->SetPoints(points);
  data->SetPolys(polys);
  data->GetCellData()->SetScalars(rgba);
  add(data, {}, opacity, 1.0, true);
}

void Canvas::fill_polygon(const std::vector<Pixel>& polygon, Rgb colour, double opacity) {
  fill_polygons({polygon}, {colour}, opacity);
}

void Canvas::polylines(const std::vector<std::vector<Pixel>>& lines, Rgb colour, double width, double dash,
                       double gap) {
  vtkNew<vtkPoints> points;
  vtkNew<vtkCellArray> polys;
  for (const auto& line : dashed(lines, dash, gap)) add_thick_line(line, width, points, polys);
  if (polys->GetNumberOfCells() == 0) return;
  vtkNew<vtkPolyData> data;
  data->SetPoints(points);
  data->SetPolys(polys);
  add(data, colour, 1.0, 1.0, false);
}

void Canvas::marker(Pixel at, Marker shape, double size, Rgb fill, Rgb edge, double edge_width) {
  std::vector<Pixel> outline = marker_outline(at, shape, size);
  fill_polygon(outline, fill);
  outline.push_back(outline.front());
  polyline(outline, edge, edge_width);
}

void Canvas::arrow(Pixel tail, Pixel tip, Rgb colour, double width, double head) {
  const double dx = tip[0] - tail[0], dy = tip[1] - tail[1], length = std::hypot(dx, dy);
  if (!(length > 0.0)) return;
  const double ux = dx / length, uy = dy / length, h = std::min(head, length);
  const Pixel base{tip[0] - ux * h, tip[1] - uy * h};
  // The shaft stops inside the head, so its square end does not show beside the point.
  polyline({tail, {base[0] + 0.3 * ux * h, base[1] + 0.3 * uy * h}}, colour, width);
  const double half = 0.45 * h;
  fill_polygon({tip, {base[0] - uy * half, base[1] + ux * half}, {base[0] + uy * half, base[1] - ux * half}}, colour);
}

void Canvas::text(const std::string& utf8, Pixel at, const TextStyle& style) {
  for (char32_t c : text_.missing(utf8, style.bold)) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
    const std::string message = std::string("no installed font has the character ") + code + " (" +
                                encode_utf8(c) + ") of \"" + utf8 + "\": it is drawn as a white square";
    if (std::find(warnings_.begin(), warnings_.end(), message) == warnings_.end()) warnings_.push_back(message);
  }
  texts_.push_back({utf8, text_.box(utf8, at, style)});
  auto place = [&](Pixel p, Rgb colour) {
    TextStyle s = style;
    s.colour = colour;
    for (const PlacedRun& r : text_.layout(utf8, p, style)) {
      vtkNew<vtkTextActor> actor;
      actor->SetInput(r.run.text.c_str());
      set_run_font(actor->GetTextProperty(), r.run, s);
      actor->GetPositionCoordinate()->SetCoordinateSystemToDisplay();
      actor->GetPositionCoordinate()->SetValue(r.anchor[0], r.anchor[1]);
      renderer_->AddActor2D(actor);
    }
  };
  if (style.halo) {
    const double r = std::max(1.5, style.size / 10.0);
    for (int c = 0; c < 8; ++c)
      place({at[0] + r * std::cos(c * kPi / 4), at[1] + r * std::sin(c * kPi / 4)}, {1.0, 1.0, 1.0});
  }
  place(at, style.colour);
}

std::array<double, 2> Canvas::text_size(const std::string& utf8, const TextStyle& style) const {
  return text_.size(utf8, style);
}

void Canvas::save(const std::string& path) {
  const PictureFormat format = require_picture_format(path);
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty() && !std::filesystem::is_directory(parent))
    throw IoError("cannot write picture " + path + ": directory " + parent.string() + " does not exist");
  window_->Render();
  vtkNew<vtkWindowToImageFilter> grab;
  grab->SetInput(window_);
  grab->SetInputBufferTypeToRGB();
  grab->ReadFrontBufferOff();
  grab->Update();
  vtkSmartPointer<vtkImageWriter> writer;
  if (format == PictureFormat::png) {
    writer = vtkSmartPointer<vtkPNGWriter>::New();
  } else {
    auto jpeg = vtkSmartPointer<vtkJPEGWriter>::New();
    jpeg->SetQuality(95);  // text and thin lines stay crisp; the file is still a fifth of the PNG
    writer = jpeg;
  }
  writer->SetFileName(path.c_str());
  writer->SetInputConnection(grab->GetOutputPort());
  writer->Write();
  if (writer->GetErrorCode() != 0 || !std::filesystem::exists(path))
    throw IoError("cannot write picture " + path);
}

}  // namespace gwp::render
