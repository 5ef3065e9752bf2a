// `gwplume render`: turns the command line into options of the picture functions of
// postprocess/render and maps their failures to exit codes (bad choices 2, files 3).
#include "app/render_command.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

#include "app/exit_codes.hpp"
#include "app/sweep_render.hpp"
#include "core/csv_fields.hpp"
#include "core/errors.hpp"
#include "models/units.hpp"
#include "postprocess/render/animation.hpp"
#include "postprocess/render/breakthrough.hpp"
#include "postprocess/render/chain_breakthrough.hpp"
#include "postprocess/render/centre_track.hpp"
#include "postprocess/render/language.hpp"
#include "postprocess/render/picture_format.hpp"
#include "postprocess/render/plan_field.hpp"
#include "postprocess/render/plan_map.hpp"
#include "postprocess/render/result_scene.hpp"
#include "postprocess/render/section_view.hpp"
#include "postprocess/render/trend_map.hpp"
#include "postprocess/reporting/result_file.hpp"
#include "results/result_check.hpp"
#include "results/result_format.hpp"
#include "results/sweep_file.hpp"

namespace gwp::app {

namespace {

using render::ColourScale;
using render::PlanField;

}  // namespace

// A date ("2023-06-30", for a result with a start date), a time with a unit, or days.
std::optional<double> parse_time_argument(const std::string& text, const std::optional<Date>& start) {
  if (text.empty()) return std::nullopt;
  if (const auto date = parse_date(text)) {
    if (!start)
      throw std::invalid_argument("--time " + text + " is a date, but the result has no start date (the case gave no "
                                  "[time] start); give a time with a unit, e.g. \"10 yr\" or \"1000 d\"");
    return time_of(*start, *date);
  }
  std::string error;
  const auto days = model::to_internal(text, model::Dimension::time, &error);
  if (!days) throw std::invalid_argument("--time " + text + ": " + error + " (or a date such as 2023-06-30)");
  return *days;
}

namespace {

std::optional<double> parse_time(const std::string& text, const std::optional<Date>& start) {
  return parse_time_argument(text, start);
}

std::optional<double> parse_floor(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::string error;
  const auto mg_per_litre = model::to_internal(text, model::Dimension::concentration, &error);
  if (!mg_per_litre) throw std::invalid_argument("--floor " + text + ": " + error);
  if (!(*mg_per_litre >= 0.0)) throw std::invalid_argument("--floor " + text + ": expected a concentration of 0 or more");
  return *mg_per_litre;
}

Language parse_lang(const std::string& text) {
  if (const auto language = parse_language(text)) return *language;
  throw std::invalid_argument("--lang " + text + ": expected en (English) or zh (Chinese)");
}

render::BreakthroughPanels parse_panels(const std::string& text) {
  if (text == "auto") return render::BreakthroughPanels::automatic;
  if (text == "one") return render::BreakthroughPanels::single;
  if (text == "species") return render::BreakthroughPanels::per_species;
  throw std::invalid_argument("--panels " + text + ": expected auto, one or species");
}

render::PlanField parse_field(const std::string& text) {
  if (text == "concentration") return render::PlanField::concentration;
  if (text == "head") return render::PlanField::head;
  throw std::invalid_argument("--field " + text + ": expected concentration or head");
}

render::ColourScale parse_scale(const std::string& text) {
  if (text == "linear") return render::ColourScale::linear;
  if (text == "log") return render::ColourScale::log;
  if (text == "limit") return render::ColourScale::limit;
  throw std::invalid_argument("--scale " + text + ": expected linear, log or limit");
}

// --layer as the 1-based first grid layer and the number of layers drawn together; {0, 1} for
// none (the maximum over depth, or the water table).
std::pair<int, int> parse_layer(const std::string& text, const render::ResultScene& scene) {
  if (text.empty()) return {0, 1};
  const render::LayerRange r = render::find_layers(scene, text);
  return {r.first + 1, r.count};
}

std::array<double, 4> parse_line(const std::string& text) {
  const std::vector<std::string> parts = comma_items(text);
  std::array<double, 4> v{};
  bool ok = parts.size() == 4;
  for (std::size_t n = 0; ok && n < 4; ++n) {
    try {
      std::size_t used = 0;
      v[n] = std::stod(parts[n], &used);
      ok = used == parts[n].size();
    } catch (const std::logic_error&) {
      ok = false;
    }
  }
  if (!ok) throw std::invalid_argument("section line " + text + ": expected four numbers X0,Y0,X1,Y1 (m)");
  return v;
}

std::string beside_result(const RenderArguments& a, const std::string& name) {
  if (!a.output.empty()) return a.output;
  return (std::filesystem::path(a.result).parent_path() / name).string();
}

void print_warnings(const std::vector<std::string>& warnings, std::ostream& err) {
  for (const std::string& w : warnings) err << "render: warning: " << w << "\n";
}

int render(const RenderArguments& a, std::ostream& out, std::ostream& err) {
  const int modes = int(!a.section.empty()) + int(a.breakthrough) + int(!a.animate.empty()) + int(a.centre_track) +
                    int(a.trend_map);
  if (modes > 1)
    throw std::invalid_argument("choose one of --section, --breakthrough, --animate, --centre-track and --trend-map");
  // Requests that cannot be met are refused before anything is read.
  if (!a.output.empty() && a.animate.empty()) render::require_picture_format(a.output);
  const render::PlanField field = parse_field(a.field);
  const render::ColourScale scale = parse_scale(a.scale);
  if (field == render::PlanField::head && scale != render::ColourScale::linear)
    throw std::invalid_argument("--scale " + a.scale + " applies to concentrations; heads are drawn on a linear scale (m asl)");
  if (field == render::PlanField::head && !a.floor.empty())
    throw std::invalid_argument("--floor applies to concentrations, not heads");
  if (field == render::PlanField::head && (a.centre_track || a.trend_map))
    throw std::invalid_argument(std::string(a.centre_track ? "--centre-track" : "--trend-map") +
                                " is drawn over the concentration map; leave out --field head");
  const Language lang = parse_lang(a.lang);
  const std::optional<double> floor = parse_floor(a.floor);
  if (!std::filesystem::exists(a.result)) throw IoError("no result file " + a.result);
  reporting::require_hdf5_file(a.result);
  const results::ResultReader reader(a.result);
  if (results::is_sweep_file(reader)) {
    if (a.centre_track || a.trend_map)
      throw std::invalid_argument("--centre-track and --trend-map draw a result file; " + a.result + " is a sweep's sweep.h5");
    return render_sweep(a, reader, out, err);
  }
  if (a.probability || a.class_iii || !a.arrival.empty() || a.tornado || !a.figure.empty() || !a.histogram.empty())
    throw std::invalid_argument("--probability, --class-iii, --arrival, --tornado, --figure and --histogram draw a "
                                "sweep's sweep.h5; " + a.result + " is a result file");
  reporting::require_gwplume_result(reader);
  if (const std::string status = results::result_status(reader); status != results::kStatusComplete)
    err << "warning: " << a.result << " has status \"" << status
        << "\": the run did not complete, so the picture shows only the times it stored\n";
  const render::ResultScene scene = render::read_scene(reader);
  const std::optional<double> time = parse_time(a.time, scene.start_date);
  const std::string what = field == render::PlanField::head ? "head" : a.species.empty() ? "concentration" : a.species;

  if (!a.chain.empty() && !a.breakthrough) throw std::invalid_argument("--chain goes with --breakthrough");
  if (!a.chain.empty() && !a.species.empty())
    throw std::invalid_argument("--chain draws the species of its chain; leave out --species");
  if (!a.chain.empty() && a.scale == "limit")
    throw std::invalid_argument("--chain draws concentrations (a chain total has no limit); leave out --scale limit");
  if (a.breakthrough) {
    render::BreakthroughOptions o;
    o.points = comma_items(a.points);
    o.species = comma_items(a.species);
    o.log_y = a.log_y || a.scale == "log";
    o.relative_to_limit = a.scale == "limit";
    o.panels = parse_panels(a.panels);
    o.language = lang;
    o.title = a.title;
    if (a.width > 0) o.width = a.width;
    if (a.height > 0) o.height = a.height;
    const std::string path = beside_result(a, a.chain.empty() ? "breakthrough.png" : "breakthrough-chain.png");
    const render::ChartLayout chart = a.chain.empty() ? render::render_breakthrough(reader, o, path)
                                                      : render::render_chain_breakthrough(reader, a.chain, o, path);
    print_warnings(chart.warnings, err);
    out << "wrote " << path << "\n";
    return ok;
  }
  if (!a.section.empty()) {
    const auto line = parse_line(a.section);
    render::SectionOptions o;
    o.x0 = line[0], o.y0 = line[1], o.x1 = line[2], o.y1 = line[3];
    o.field = field;
    o.species = a.species;
    o.time = time;
    o.scale = scale;
    o.floor = floor;
    o.water_table = !a.no_water_table;
    o.language = lang;
    o.title = a.title;
    if (a.width > 0) o.width = a.width;
    if (a.height > 0) o.height = a.height;
    const std::string path = beside_result(a, "section-" + what + ".png");
    const auto picture = render::render_section(reader, o, path);
    print_warnings(picture.warnings, err);
    out << "wrote " << path << " (vertical exaggeration " << picture.vertical_exaggeration << "x)\n";
    return ok;
  }
  render::PlanMapOptions o;
  o.field = field;
  o.species = a.species;
  o.time = time;
  std::tie(o.layer, o.layer_count) = a.max_depth ? std::pair{0, 1} : parse_layer(a.layer, scene);
  o.scale = scale;
  o.floor = floor;
  o.language = lang;
  o.title = a.title;
  if (!a.mark_section.empty()) o.section_line = parse_line(a.mark_section);
  if (a.width > 0) o.width = a.width;
  if (a.height > 0) o.height = a.height;
  if (a.centre_track) {
    const std::string path = beside_result(a, "centre-track-" + what + ".png");
    const render::CentreTrackPicture picture = render::render_centre_track(reader, o, path);
    print_warnings(picture.map.warnings, err);
    out << "wrote " << path << " (centre of dissolved mass at " << picture.times.size() << " output times)\n";
    return ok;
  }
  if (a.trend_map) {
    render::TrendMapOptions t;
    t.map = o;
    const std::string path = beside_result(a, "trends-" + what + ".png");
    const render::TrendMapPicture picture = render::render_trend_map(reader, t, path);
    print_warnings(picture.map.warnings, err);
    std::size_t off_map = 0;
    for (const render::TrendMark& m : picture.marks)
      if (!m.on_map) {
        ++off_map;
        err << "render: warning: " << m.point << " (" << m.kind << "): the result records no place for it; "
            << "listed in the legend, not drawn on the map\n";
      }
    out << "wrote " << path << " (Mann-Kendall trends of " << picture.marks.size() - off_map << " points on the map";
    if (off_map > 0) out << ", " << off_map << " in the legend only";
    out << ")\n";
    return ok;
  }
  if (!a.animate.empty()) {
    const render::AnimationFiles files = render::render_animation(reader, o, a.animate);
    print_warnings(files.warnings, err);
    out << "wrote " << files.frames.size() << " frames to " << a.animate << "\n";
    if (!files.gif.empty()) out << "wrote " << files.gif << "\n";
    if (!files.mp4.empty()) out << "wrote " << files.mp4 << "\n";
    if (!files.ffmpeg_message.empty()) out << files.ffmpeg_message << "\n";
    return ok;
  }
  const std::string path = beside_result(a, "plan-" + what + ".png");
  const render::PlanMapPicture picture = render::render_plan_map(reader, o, path);
  print_warnings(picture.warnings, err);
  out << "wrote " << path << "\n";
  return ok;
}

}  // namespace

int render_command(const RenderArguments& args, std::ostream& out, std::ostream& err) {
  try {
    return render(args, out, err);
  } catch (const std::invalid_argument& e) {
    err << "render: " << e.what() << "\n";
    return bad_input;
  } catch (...) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
