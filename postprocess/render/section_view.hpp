// A vertical section along a line drawn in plan: every cell the line cuts, drawn with its own top
// and bottom against distance along the line, coloured by concentration or head; layer boundaries,
// the water table, dry cells hatched, landfills where the line crosses them (a bar on the ground),
// the wells and abandoned wells near the line (their open interval), A and A′ at the ends, axes in
// m and m asl, and the vertical exaggeration, chosen automatically and stated on the picture; in
// English or Chinese. Reads the result file only. Rendered offscreen with VTK: needs an X server
// (xvfb-run -a).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "postprocess/render/field_choice.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/map_frame.hpp"
#include "results/result_reader.hpp"

namespace gwp::render {

struct SectionOptions {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // m, world: the line from (x0, y0) to (x1, y1)
  PlanField field = PlanField::concentration;
  std::string species;            // empty: the first species of the result
  std::optional<double> time;     // d, one of the stored times; empty: the last
  ColourScale scale = ColourScale::linear;
  std::optional<ColourRange> range;  // fixed colour range; empty: from the cells on the line
  std::optional<double> floor;    // mg/L: concentrations at or below it are not coloured; empty:
                                  // a tenth of the species' class III value (else of its limit),
                                  // raised above the background (colour_scale.hpp)
  bool water_table = true;        // draw the head of the top saturated cell of each column
  double well_distance = -1.0;    // m, wells this close to the line are drawn; < 0: two cell widths
  double vertical_exaggeration = 0.0;  // 0: the largest round value (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 ...)
                                       // at which the section is at most about half as tall as wide
  Language language = Language::en;    // of titles, legends and axes
  std::string title;              // empty: "<case title or name> — <species or head> — <time>"
  int width = 1600;               // pixels
  int height = 0;                 // pixels; 0: as tall as the section at the chosen exaggeration needs
};

struct SectionPicture {
  double time = 0.0;              // d
  std::string species;            // empty for heads
  ColourRange range;
  double floor = 0.0;             // mg/L, concentrations at or below it left uncoloured
  double vertical_exaggeration = 1.0;
  // Distance along the line (m) and elevation (m) to pixels: x0 = 0 m at px0, y0 (the bottom of
  // the elevation axis) at py0, pixels_per_metre the horizontal scale; vertically that times the
  // exaggeration. section_pixel() below does the sum.
  MapFrame frame;
  std::vector<std::string> wells;  // names of the wells, abandoned wells and monitoring points drawn
  struct Crossing {
    std::string name;             // of the landfill (or other area)
    double s0 = 0, s1 = 0;        // m along the line where it runs inside the outline
  };
  std::vector<Crossing> areas;    // landfills the line crosses, marked on the ground
  std::size_t dry_cells = 0;      // cells drawn as dry
  int width = 0, height = 0;       // pixels of the picture written
  std::string title;
  std::vector<std::string> warnings;  // characters no installed font has, one message each
  std::vector<PictureText> texts;     // every line of text drawn, where it went
};

// Pixel of distance s (m along the line) and elevation z (m) in a picture described by `p`.
inline std::array<double, 2> section_pixel(const SectionPicture& p, double s, double z) {
  return {p.frame.px0 + (s - p.frame.x0) * p.frame.pixels_per_metre,
          p.frame.py0 + (z - p.frame.y0) * p.frame.pixels_per_metre * p.vertical_exaggeration};
}

// Renders the section and writes `png_path` (PNG, or JPEG for .jpg/.jpeg). Throws
// std::invalid_argument for a line that misses the active grid or has zero length, an unknown
// species or time, or an unsupported file extension; gwp::IoError on read/write failure.
SectionPicture render_section(const results::ResultReader& reader, const SectionOptions& options,
                              const std::string& png_path);

}  // namespace gwp::render
