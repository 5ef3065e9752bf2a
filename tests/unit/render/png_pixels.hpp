// Reads a PNG back for the picture tests: size and the colour of any pixel, counted from the
// bottom-left corner as VTK draws (vtkPNGReader flips the rows to that order).
#pragma once
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPNGReader.h>
#include <vtkSmartPointer.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

namespace gwp::test {

struct Colour {
  int r = 0, g = 0, b = 0;  // 0..255
};

// Largest difference of the three channels.
inline int colour_distance(const Colour& a, const Colour& b) {
  return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)});
}

class PngPixels {
 public:
  explicit PngPixels(const std::string& path) {
    vtkNew<vtkPNGReader> reader;
    reader->SetFileName(path.c_str());
    reader->Update();
    image_ = reader->GetOutput();
    int dims[3];
    image_->GetDimensions(dims);
    width_ = dims[0];
    height_ = dims[1];
    components_ = image_->GetNumberOfScalarComponents();
  }
  int width() const { return width_; }
  int height() const { return height_; }
  Colour at(int x, int y) const {
    auto* p = static_cast<unsigned char*>(image_->GetScalarPointer(x, y, 0));
    return {p[0], p[1], components_ >= 3 ? p[2] : p[0]};
  }
  Colour at(const std::array<double, 2>& pixel) const {
    return at(int(std::floor(pixel[0])), int(std::floor(pixel[1])));
  }
  bool inside(int x, int y) const { return x >= 0 && y >= 0 && x < width_ && y < height_; }

 private:
  vtkSmartPointer<vtkImageData> image_;
  int width_ = 0, height_ = 0, components_ = 0;
};

inline bool has_display() { return std::getenv("DISPLAY") != nullptr; }

}  // namespace gwp::test
