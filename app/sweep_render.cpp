#include "app/sweep_render.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "app/exit_codes.hpp"
#include "app/sweep_source.hpp"
#include "core/csv_fields.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/probability_map.hpp"
#include "postprocess/render/sweep_charts.hpp"

namespace gwp::app {

namespace {

// Options of result pictures that mean nothing for a sweep are refused rather than ignored.
void refuse_result_options(const RenderArguments& a) {
  const std::vector<std::pair<bool, const char*>> result_only{
      {!a.section.empty(), "--section"},   {a.breakthrough, "--breakthrough"}, {!a.animate.empty(), "--animate"},
      {a.field != "concentration", "--field"}, {!a.layer.empty(), "--layer"}, {a.scale != "linear", "--scale"},
      {!a.floor.empty(), "--floor"},       {!a.mark_section.empty(), "--mark-section"}, {!a.points.empty(), "--points"},
      {a.log_y, "--log"},                  {a.panels != "auto", "--panels"}};
  for (const auto& [given, name] : result_only)
    if (given)
      throw std::invalid_argument(std::string(name) + " draws a result file; for a sweep's sweep.h5 choose "
                                  "--probability (default), --arrival POINT, --tornado or --histogram FIGURE");
  const int kinds = int(a.probability || a.class_iii) + int(!a.arrival.empty()) + int(a.tornado) + int(!a.histogram.empty());
  if (kinds > 1) throw std::invalid_argument("choose one of --probability, --arrival, --tornado and --histogram");
  if (!a.figure.empty() && !a.tornado) throw std::invalid_argument("--figure goes with --tornado");
}

std::string picture_path(const RenderArguments& a, const std::string& name) {
  if (!a.output.empty()) return a.output;
  return (std::filesystem::path(a.result).parent_path() / name).string();
}

std::string stem(const std::string& species) { return species.empty() ? std::string() : "-" + species; }

}  // namespace

int render_sweep(const RenderArguments& a, const results::ResultReader& reader, std::ostream& out, std::ostream& err) {
  refuse_result_options(a);
  const std::optional<Language> language = parse_language(a.lang);
  if (!language) throw std::invalid_argument("--lang " + a.lang + ": expected en (English) or zh (Chinese)");
  const results::SweepScene scene = read_sweep_source(reader);
  const std::optional<double> time = parse_time_argument(a.time, scene.start_date);
  // The species the picture is of, checked before anything is drawn.
  const std::string species = results::read_sweep_species(reader, scene, a.species).name;

  render::SweepChartOptions chart;
  chart.species = species;
  chart.time = time;
  chart.language = *language;
  chart.title = a.title;
  chart.width = a.width > 0 ? a.width : 1600;
  chart.height = a.height;
  std::vector<std::string> warnings;
  std::string path;
  if (!a.arrival.empty()) {
    if (!a.time.empty()) throw std::invalid_argument("--time does not apply to --arrival: the CDF spans every time");
    chart.points = comma_items(a.arrival);
    path = picture_path(a, "arrival" + stem(species) + ".png");
    render::require_picture_format(path);
    warnings = render::render_arrival_chart(reader, scene, chart, path).warnings;
  } else if (a.tornado) {
    chart.figure = a.figure.empty() ? "peak" : a.figure;
    path = picture_path(a, "tornado" + stem(species) + "-" + chart.figure + ".png");
    render::require_picture_format(path);
    warnings = render::render_tornado_chart(reader, scene, chart, path).warnings;
  } else if (!a.histogram.empty()) {
    chart.figure = a.histogram;
    path = picture_path(a, "histogram" + stem(species) + "-" + chart.figure + ".png");
    render::require_picture_format(path);
    if (chart.height <= 0) chart.height = 1000;
    warnings = render::render_figure_histogram(reader, scene, chart, path).warnings;
  } else {
    render::ProbabilityMapOptions map;
    map.species = species;
    map.time = time;
    map.class_iii = a.class_iii;
    map.language = *language;
    map.title = a.title;
    if (a.width > 0) map.width = a.width;
    map.height = a.height;
    path = picture_path(a, (a.class_iii ? "probability-class-iii" : "probability") + stem(species) + ".png");
    render::require_picture_format(path);
    warnings = render::render_probability_map(reader, scene, map, path).warnings;
  }
  for (const std::string& w : warnings) err << "render: warning: " << w << "\n";
  out << "wrote " << path << "\n";
  return ok;
}

}  // namespace gwp::app
