// The plan-view map of a result: a field (concentration or head) over one layer, the sublayers of
// a case layer or the maximum over depth, in world coordinates (a rotated grid is drawn rotated),
// with the class III and IV limit contours (or equipotentials and flow arrows), the boundary
// conditions, the grid outline, landfills, wells, abandoned wells and monitoring points with
// their names, dry cells hatched, a colour bar, coordinate axes, a scale bar, a north arrow and a
// title, in English or Chinese. Reads the result file only. Rendered offscreen with VTK: needs an
// X server (xvfb-run -a).
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

struct PlanOverlay;  // plan_overlay.hpp

struct PlanMapOptions {
  PlanField field = PlanField::concentration;
  std::string species;           // empty: the first species of the result
  std::optional<double> time;    // d, one of the stored times (within 1e-6 d); empty: the last
  int layer = 0;                 // 1-based grid layer; 0: the maximum over depth (concentration)
                                 // or the water table, the head of the top saturated cell (head)
  int layer_count = 1;           // with layer > 0: the layers from `layer` down that are drawn
                                 // together (a case layer's sublayers): the largest concentration
                                 // over them, or the head of the topmost saturated one
  ColourScale scale = ColourScale::linear;
  std::optional<ColourRange> range;  // fixed colour range (frames of an animation); empty: from the data
  std::optional<double> floor;   // mg/L: concentrations at or below it are not coloured; empty:
                                 // a tenth of the species' class III value (else of its limit),
                                 // raised above the background (colour_scale.hpp)
  std::optional<std::array<double, 4>> section_line;  // m, world x0 y0 x1 y1: the line of a section
                                 // drawn on the map, "A" at its start and "A′" at its end
  bool flow_arrows = true;       // head maps: arrows of the flow direction
  Language language = Language::en;  // of titles, legends and axes
  std::string title;             // empty: "<case title or name> — <species or head> — <time>"
  int width = 1600;              // pixels
  int height = 0;                // pixels; 0: as tall as the map at full width needs
  const PlanOverlay* overlay = nullptr;  // what a picture built on the map adds to it; none: the map alone
};

// What was drawn, for captions, animations and tests.
struct PlanMapPicture {
  double time = 0.0;             // d, the stored time drawn
  std::string species;           // empty for heads
  ColourRange range;             // the colour range used (field units or multiples of the limit)
  double floor = 0.0;            // mg/L, concentrations at or below it left uncoloured (heads: -inf)
  MapFrame frame;                // world -> pixel placement of the map
  int width = 0, height = 0;     // pixels of the picture written
  std::string title;
  struct Arrow {
    std::array<double, 2> tail, tip;  // pixels
  };
  std::vector<Arrow> flow_arrows;  // drawn on head maps, each in the flow direction of its cell
  std::vector<std::string> warnings;  // characters no installed font has, one message each
  std::vector<PictureText> texts;  // every line of text drawn, where it went
};

// Renders the map and writes `png_path` (PNG, or JPEG for .jpg/.jpeg). Throws
// std::invalid_argument for a species, time or layer the result does not hold (the message lists
// the ones it does) or an unsupported file extension, gwp::IoError when reading or writing fails.
PlanMapPicture render_plan_map(const results::ResultReader& reader, const PlanMapOptions& options,
                               const std::string& png_path);

}  // namespace gwp::render
