// Values to colours: ColourBrewer sequential schemes (through vtkColorSeries), on a linear or
// log10 scale over a range; values outside the range take the end colours.
#pragma once
#include <vector>

#include "postprocess/render/canvas.hpp"

namespace gwp::render {

enum class Palette {
  plume,  // yellow - orange - brown (ColourBrewer YlOrBr): concentrations
  head,   // pale blue - purple (ColourBrewer BuPu): heads
  probability,  // pale to dark blue-green (ColourBrewer BuGn): how likely, told apart from plumes
};

class ColourMap {
 public:
  // Throws std::invalid_argument for high <= low, or low <= 0 on a log scale.
  ColourMap(Palette palette, double low, double high, bool log);

  double low() const { return low_; }
  double high() const { return high_; }
  bool log() const { return log_; }
  // 0 at low, 1 at high (in log10 on a log scale), clamped.
  double position(double value) const;
  Rgb colour(double value) const;
  Rgb colour_at(double position) const;  // position 0..1 along the scale
  // The same scale with every colour moved towards white: `strength` 1 keeps the colours, 0.35
  // keeps 35 % of each one's difference from white (a field shown faintly under symbols).
  ColourMap faded(double strength) const;

 private:
  double low_, high_;
  bool log_;
  std::vector<Rgb> stops_;  // evenly spaced along the scale
};

// Distinct colours for lines, in order (ColourBrewer Dark2, then Set1), cycling.
Rgb series_colour(int index);

}  // namespace gwp::render
