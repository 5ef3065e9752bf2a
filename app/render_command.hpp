// `gwplume render`: pictures of a result for reports — a plan map (the default), a vertical
// section (--section), breakthrough curves (--breakthrough), an animation (--animate), the track
// of the plume's centre of mass (--centre-track) or a map of Mann-Kendall trends (--trend-map).
#pragma once
#include <iosfwd>
#include <optional>
#include <string>

#include "core/calendar.hpp"

namespace gwp::app {

struct RenderArguments {
  std::string result;        // RESULT.h5
  std::string output;        // -o FILE.png; empty: beside the result, named after the picture
  std::string field = "concentration";  // concentration | head
  std::string species;       // one species (plan, section); a comma list for --breakthrough
  std::string time;          // "2023-06-30" (with a start date), "20 yr", "1000 d" or days; empty: the last
  std::string layer;         // 1-based number, grid layer name or case layer name; empty: maximum over depth
  bool max_depth = false;
  std::string scale = "linear";  // linear | log | limit
  std::string floor;         // "0.05", "0.05 mg/L": concentrations at or below are not coloured
  std::string lang = "en";   // en | zh: the language of titles, legends and axes
  std::string panels = "auto";  // auto | one | species: breakthrough charts
  std::string section;       // "X0,Y0,X1,Y1" (m, world)
  std::string mark_section;  // "X0,Y0,X1,Y1": a section line drawn on a plan map (A, A′)
  bool no_water_table = false;
  bool breakthrough = false;
  std::string points;        // comma list of monitoring points; empty: all
  std::string chain;         // --breakthrough: a species of a reaction chain: the chain, a panel per point
  bool log_y = false;        // --log: log10 concentration axis of breakthrough curves
  std::string animate;       // DIR for one frame per stored time, a GIF and an MP4
  bool centre_track = false; // the track of the centre of dissolved mass over the plan map
  bool trend_map = false;    // the Mann-Kendall trend of every monitoring point and receptor on the plan map
  std::string title;         // replaces the automatic title
  int width = 0, height = 0; // pixels; 0: 1600 x 1200 for maps, 1600 x 1000 for sections and charts
  // A sweep's sweep.h5 only (sweep_render.hpp):
  bool probability = false;  // the probability map (the default for a sweep)
  bool class_iii = false;    // the probability of exceeding class III instead of the limit
  std::string arrival;       // POINT[,POINT]: CDF of the first-exceedance time over the members
  bool tornado = false;      // partial rank correlations of the parameters with --figure
  std::string figure;        // peak | area_above_limit | volume_above_limit | dissolved_mass
  std::string histogram;     // FIGURE: histogram of a member figure
};

// "2023-06-30" (with a start date), "20 yr", "1000 d" or days as model time (d); nullopt for "".
// std::invalid_argument saying what is expected.
std::optional<double> parse_time_argument(const std::string& text, const std::optional<Date>& start);

int render_command(const RenderArguments& args, std::ostream& out, std::ostream& err);

// Adds the `render` subcommand to a CLI11 app (a template so that only main.cpp needs CLI11).
template <class App>
auto* add_render_subcommand(App& cli, RenderArguments& a) {
  auto* r = cli.add_subcommand("render", "draw a result (plan map, section, breakthrough curves, animation) or a sweep (PNG)");
  r->add_option("result", a.result, "result file (result.h5) or a sweep's sweep.h5")->required();
  r->add_option("-o,--output", a.output, "picture to write, .png or .jpg (default: PNG beside the result)");
  r->add_option("--field", a.field, "concentration (default) or head");
  r->add_option("--species", a.species, "species (default: the first); with --breakthrough a comma list");
  r->add_option("--time", a.time, "stored output time: a date \"2023-06-30\", or \"20 yr\", \"1000 d\" (default: the last)");
  auto* layer = r->add_option("--layer", a.layer,
                              "grid layer by number or name, or a case layer by name (default: maximum over depth)");
  r->add_flag("--max-depth", a.max_depth, "maximum over depth (the default for concentrations)")->excludes(layer);
  r->add_option("--scale", a.scale, "colour scale: linear (default), log, or limit (multiples of the species' limit)");
  r->add_option("--floor", a.floor, "concentration (mg/L) at or below which nothing is coloured (default: 0.1 x class III)");
  r->add_option("--lang", a.lang, "language of the picture's words: en (default) or zh");
  r->add_option("--panels", a.panels, "breakthrough charts: auto (default), one (one plot), species (a panel each)");
  r->add_option("--section", a.section, "vertical section along the line X0,Y0,X1,Y1 (m, world)");
  r->add_flag("--no-water-table", a.no_water_table, "section without the water-table line");
  r->add_option("--mark-section", a.mark_section, "draw the section line X0,Y0,X1,Y1 on a plan map (A to A')");
  r->add_flag("--breakthrough", a.breakthrough, "concentration against time at monitoring points");
  r->add_option("--points", a.points, "monitoring points for --breakthrough, a comma list (default: all)");
  r->add_option("--chain", a.chain, "with --breakthrough: the reaction chain of this species, its members and "
                                    "total at each point (a panel each)");
  r->add_flag("--log", a.log_y, "log concentration axis for --breakthrough");
  r->add_option("--animate", a.animate, "write a plan map per stored time to DIR, and a GIF and MP4 with ffmpeg");
  r->add_flag("--centre-track", a.centre_track, "plan map with the track of the centre of dissolved mass over the output times");
  r->add_flag("--trend-map", a.trend_map, "plan map with the Mann-Kendall trend and Sen slope of every monitoring point and receptor");
  r->add_flag("--probability", a.probability, "sweep: map of the probability of exceeding the limit (the default)");
  r->add_flag("--class-iii", a.class_iii, "sweep: the probability of exceeding class III instead");
  r->add_option("--arrival", a.arrival, "sweep: CDF of the first-exceedance time at POINT[,POINT] over the members");
  r->add_flag("--tornado", a.tornado, "sweep: partial rank correlations of the parameters with --figure");
  r->add_option("--figure", a.figure, "sweep: peak (default), area_above_limit, volume_above_limit or dissolved_mass");
  r->add_option("--histogram", a.histogram, "sweep: histogram of a member figure over the members (peak, area_above_limit ...)");
  r->add_option("--title", a.title, "title instead of \"<case> — <species> — <time>\"");
  r->add_option("--width", a.width, "picture width, pixels");
  r->add_option("--height", a.height, "picture height, pixels");
  return r;
}

}  // namespace gwp::app
