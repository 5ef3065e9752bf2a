// `gwplume render`: turns the command line into options of the picture functions of
// postprocess/render and maps their failures to exit codes (bad choices 2, files 3).
#include "app/render_command.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "app/exit_codes.hpp"
#include "models/units.hpp"
#include "postprocess/render/animation.hpp"
#include "postprocess/render/breakthrough.hpp"
#include "postprocess/render/plan_map.hpp"
#include "postprocess/render/result_scene.hpp"
#include "postprocess/render/section_view.hpp"
#include "solver/common/errors.hpp"

namespace gwp::app {

namespace {

using post::ColourScale;
using post::PlanField;

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

std::optional<double> parse_time(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::string error;
  const auto days = model::to_internal(text, model::Dimension::time, &error);
  if (!days) throw std::invalid_argument("--time " + text + ": " + error);
  return *days;
}

PlanField parse_field(const std::string& text) {
  if (text == "concentration") return PlanField::concentration;
  if (text == "head") return PlanField::head;
  throw std::invalid_argument("--field " + text + ": expected concentration or head");
}

ColourScale parse_scale(const std::string& text) {
  if (text == "linear") return ColourScale::linear;
  if (text == "log") return ColourScale::log;
  if (text == "limit") return ColourScale::limit;
  throw std::invalid_argument("--scale " + text + ": expected linear, log or limit");
}

// A 1-based layer number, or the name of a grid layer as the result records it.
int parse_layer(const std::string& text, const post::ResultReader& reader) {
  if (text.empty()) return 0;
  try {
    std::size_t used = 0;
    const int k = std::stoi(text, &used);
    if (used == text.size()) return k;
  } catch (const std::logic_error&) {
    // not a number: a name, below
  }
  const post::render::ResultScene scene = post::render::read_scene(reader);
  std::string names;
  for (std::size_t k = 0; k < scene.layer_names.size(); ++k) {
    if (scene.layer_names[k] == text) return int(k) + 1;
    names += (names.empty() ? "" : ", ") + std::to_string(k + 1) + " \"" + scene.layer_names[k] + "\"";
  }
  throw std::invalid_argument("--layer " + text + ": no such layer; the grid layers are " + names);
}

std::array<double, 4> parse_line(const std::string& text) {
  const std::vector<std::string> parts = split_list(text);
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

int render(const RenderArguments& a, std::ostream& out) {
  const int modes = int(!a.section.empty()) + int(a.breakthrough) + int(!a.animate.empty());
  if (modes > 1) throw std::invalid_argument("choose one of --section, --breakthrough and --animate");
  if (!std::filesystem::exists(a.result)) throw IoError("no result file " + a.result);
  const post::ResultReader reader(a.result);
  const PlanField field = parse_field(a.field);
  const std::string what = field == PlanField::head ? "head" : a.species.empty() ? "concentration" : a.species;

  if (a.breakthrough) {
    post::BreakthroughOptions o;
    o.points = split_list(a.points);
    o.species = split_list(a.species);
    o.log_y = a.log_y || a.scale == "log";
    o.relative_to_limit = a.scale == "limit";
    o.title = a.title;
    if (a.width > 0) o.width = a.width;
    if (a.height > 0) o.height = a.height;
    const std::string path = beside_result(a, "breakthrough.png");
    post::render_breakthrough(reader, o, path);
    out << "wrote " << path << "\n";
    return ok;
  }
  if (!a.section.empty()) {
    const auto line = parse_line(a.section);
    post::SectionOptions o;
    o.x0 = line[0], o.y0 = line[1], o.x1 = line[2], o.y1 = line[3];
    o.field = field;
    o.species = a.species;
    o.time = parse_time(a.time);
    o.scale = parse_scale(a.scale);
    o.water_table = !a.no_water_table;
    o.title = a.title;
    if (a.width > 0) o.width = a.width;
    if (a.height > 0) o.height = a.height;
    const std::string path = beside_result(a, "section-" + what + ".png");
    const auto picture = post::render_section(reader, o, path);
    out << "wrote " << path << " (vertical exaggeration " << picture.vertical_exaggeration << "x)\n";
    return ok;
  }
  post::PlanMapOptions o;
  o.field = field;
  o.species = a.species;
  o.time = parse_time(a.time);
  o.layer = a.max_depth ? 0 : parse_layer(a.layer, reader);
  o.scale = parse_scale(a.scale);
  o.title = a.title;
  if (!a.mark_section.empty()) o.section_line = parse_line(a.mark_section);
  if (a.width > 0) o.width = a.width;
  if (a.height > 0) o.height = a.height;
  if (!a.animate.empty()) {
    const post::AnimationFiles files = post::render_animation(reader, o, a.animate);
    out << "wrote " << files.frames.size() << " frames to " << a.animate << "\n";
    if (!files.gif.empty()) out << "wrote " << files.gif << "\n";
    if (!files.mp4.empty()) out << "wrote " << files.mp4 << "\n";
    if (!files.ffmpeg_message.empty()) out << files.ffmpeg_message << "\n";
    return ok;
  }
  const std::string path = beside_result(a, "plan-" + what + ".png");
  post::render_plan_map(reader, o, path);
  out << "wrote " << path << "\n";
  return ok;
}

}  // namespace

int render_command(const RenderArguments& args, std::ostream& out, std::ostream& err) {
  try {
    return render(args, out);
  } catch (const std::invalid_argument& e) {
    err << "render: " << e.what() << "\n";
    return bad_input;
  } catch (...) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
