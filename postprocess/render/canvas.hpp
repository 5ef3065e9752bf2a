// A picture drawn in pixels: filled polygons, lines, markers and text on a white background,
// rendered offscreen by VTK and written as PNG (or JPEG). Everything the plan map, the section and the
// charts draw goes through here, so they share one look (fonts, line widths, anti-aliasing).
// Pixels are counted from the bottom-left corner, as VTK and vtkPNGReader count them.
// Needs an X server (xvfb-run -a): Debian's VTK renders through GLX only.
#pragma once
#include <array>
#include <string>
#include <vector>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

#include "postprocess/render/text_setter.hpp"

class vtkRenderer;
class vtkRenderWindow;
class vtkPolyData;

namespace gwp::render {

enum class Marker { circle, square, triangle, triangle_down, diamond, cross };  // triangle: point up

class Canvas {
 public:
  Canvas(int width, int height);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  int width() const { return width_; }
  int height() const { return height_; }

  // Polygons (three or more vertices each, any shape that does not cross itself), each filled
  // with its own colour; opacity 0..1 for all.
  void fill_polygons(const std::vector<std::vector<Pixel>>& polygons, const std::vector<Rgb>& colours,
                     double opacity = 1.0);
  void fill_polygon(const std::vector<Pixel>& polygon, Rgb colour, double opacity = 1.0);
  // Open polylines (closed ones repeat their first vertex) drawn `width` pixels wide; dashed
  // lines alternate `dash` pixels drawn and `gap` pixels left out along each polyline.
  void polylines(const std::vector<std::vector<Pixel>>& lines, Rgb colour, double width,
                 double dash = 0.0, double gap = 0.0);
  void polyline(const std::vector<Pixel>& line, Rgb colour, double width, double dash = 0.0,
                double gap = 0.0) {
    polylines({line}, colour, width, dash, gap);
  }
  // A marker of `size` pixels across, filled, with an outline of the edge colour.
  void marker(Pixel at, Marker shape, double size, Rgb fill, Rgb edge, double edge_width = 2.0);
  // An arrow from `tail` to `tip`: a shaft `width` pixels wide and a filled head `head` pixels long.
  void arrow(Pixel tail, Pixel tip, Rgb colour, double width, double head);
  // One line of text, set in the fonts that have its characters (font_set.hpp): `at` is the
  // point the alignment refers to (left, centre or right of the line; bottom of its descent,
  // its middle, or top of its ascent), the whole line turned by style.angle about it.
  void text(const std::string& utf8, Pixel at, const TextStyle& style);
  // Width and height (pixels) `utf8` would take in `style`, unturned.
  std::array<double, 2> text_size(const std::string& utf8, const TextStyle& style) const;
  // Characters drawn as a white square because no installed font has them, one message per
  // character, in the order met.
  const std::vector<std::string>& warnings() const { return warnings_; }
  const TextSetter& text_setter() const { return text_; }
  // Every line of text drawn so far, in order.
  const std::vector<PictureText>& texts() const { return texts_; }

  // Renders and writes the picture, PNG or JPEG by the file's extension (picture_format.hpp).
  // Throws std::invalid_argument for another extension, gwp::IoError when the file cannot be
  // written.
  void save(const std::string& path);

 private:
  void add(vtkPolyData* data, Rgb colour, double opacity, double line_width, bool cell_colours);

  int width_, height_;
  TextSetter text_;
  std::vector<std::string> warnings_;
  std::vector<PictureText> texts_;
  vtkSmartPointer<vtkRenderer> renderer_;
  vtkSmartPointer<vtkRenderWindow> window_;
};

// Splits polylines into dashes of `dash` pixels separated by `gap` pixels (measured along each
// line), so dashed lines need no line-stipple support from OpenGL.
std::vector<std::vector<Pixel>> dashed(const std::vector<std::vector<Pixel>>& lines, double dash,
                                       double gap);

}  // namespace gwp::render
