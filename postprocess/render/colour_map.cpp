#include "postprocess/render/colour_map.hpp"

#include <vtkColor.h>
#include <vtkColorSeries.h>
#include <vtkNew.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::render {

namespace {

std::vector<Rgb> scheme(int id, int first) {
  vtkNew<vtkColorSeries> series;
  series->SetColorScheme(id);
  std::vector<Rgb> out;
  for (int n = first; n < series->GetNumberOfColors(); ++n) {
    const vtkColor3ub c = series->GetColor(n);
    out.push_back({c.GetRed() / 255.0, c.GetGreen() / 255.0, c.GetBlue() / 255.0});
  }
  return out;
}

}  // namespace

ColourMap::ColourMap(Palette palette, double low, double high, bool log) : low_(low), high_(high), log_(log) {
  if (!(high > low)) throw std::invalid_argument("colour range must rise: " + std::to_string(low) + " to " + std::to_string(high));
  if (log && !(low > 0.0)) throw std::invalid_argument("a log colour scale needs a positive low end, got " + std::to_string(low));
  // Both drop the palest colour, too close to the white background (and, for plumes, to the
  // white left for cells below the floor); heads keep to the lighter part of the rest, so black
  // equipotentials and their labels stay readable.
  if (palette == Palette::plume) {
    stops_ = scheme(vtkColorSeries::BREWER_SEQUENTIAL_YELLOW_ORANGE_BROWN_9, 1);
  } else if (palette == Palette::probability) {
    stops_ = scheme(vtkColorSeries::BREWER_SEQUENTIAL_BLUE_GREEN_9, 1);
  } else {
    stops_ = scheme(vtkColorSeries::BREWER_SEQUENTIAL_BLUE_PURPLE_9, 1);
    stops_.resize(5);
  }
}

double ColourMap::position(double value) const {
  double p;
  if (log_) p = (std::log10(std::max(value, 1e-300)) - std::log10(low_)) / (std::log10(high_) - std::log10(low_));
  else p = (value - low_) / (high_ - low_);
  return std::clamp(std::isnan(p) ? 0.0 : p, 0.0, 1.0);
}

Rgb ColourMap::colour_at(double position) const {
  const double x = std::clamp(position, 0.0, 1.0) * double(stops_.size() - 1);
  const std::size_t a = std::min(std::size_t(x), stops_.size() - 2);
  const double f = x - double(a);
  const Rgb &p = stops_[a], &q = stops_[a + 1];
  return {p.r + f * (q.r - p.r), p.g + f * (q.g - p.g), p.b + f * (q.b - p.b)};
}

Rgb ColourMap::colour(double value) const { return colour_at(position(value)); }

ColourMap ColourMap::faded(double strength) const {
  const double s = std::clamp(strength, 0.0, 1.0);
  ColourMap out = *this;
  for (Rgb& c : out.stops_) c = {1.0 - s * (1.0 - c.r), 1.0 - s * (1.0 - c.g), 1.0 - s * (1.0 - c.b)};
  return out;
}

Rgb series_colour(int index) {
  const std::vector<Rgb> dark2 = scheme(vtkColorSeries::BREWER_QUALITATIVE_DARK2, 0);
  const std::vector<Rgb> set1 = scheme(vtkColorSeries::BREWER_QUALITATIVE_SET1, 0);
  const std::size_t n = std::size_t(std::max(index, 0)) % (dark2.size() + set1.size());
  return n < dark2.size() ? dark2[n] : set1[n - dark2.size()];
}

}  // namespace gwp::render
