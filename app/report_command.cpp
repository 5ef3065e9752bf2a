#include "app/report_command.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "app/exit_codes.hpp"
#include "app/sweep_report.hpp"
#include "core/errors.hpp"
#include "postprocess/render/line_chart.hpp"
#include "postprocess/render/plan_map.hpp"
#include "postprocess/render/result_scene.hpp"
#include "postprocess/reporting/document_files.hpp"
#include "postprocess/reporting/report_document.hpp"
#include "postprocess/reporting/report_input.hpp"
#include "postprocess/reporting/result_file.hpp"
#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::app {

namespace {

render::LineChart line_chart(const reporting::ChartRequest& request) {
  render::LineChart chart;
  chart.title = request.title;
  chart.x_label = request.x_label;
  chart.y_label = request.y_label;
  chart.log_y = request.log_y;
  chart.x_dates = request.x_dates;
  for (const reporting::ChartLine& line : request.lines) {
    render::ChartSeries series{line.label, line.x, line.y, line.dashed};
    if (line.mark != reporting::ChartLine::Mark::none) series.marker = render::Marker::circle;
    series.hollow = line.mark == reporting::ChartLine::Mark::hollow;
    series.thick = line.thick;
    chart.series.push_back(std::move(series));
  }
  return chart;
}

// Draws one picture to `png`; throws whatever the renderer throws. The texts a request spells out
// are already in request.text_language; the renderer's own words (colour-bar and legend labels)
// are drawn in it too.
void draw(const reporting::PictureRequest& request, const std::string& png, const results::ResultReader* reader) {
  if (const auto* chart = std::get_if<reporting::ChartRequest>(&request.what)) {
    render::render_line_chart(line_chart(*chart), png);
    return;
  }
  if (reader == nullptr) throw std::invalid_argument("no result file to draw from");
  const auto& map = std::get<reporting::PlanMapRequest>(request.what);
  render::PlanMapOptions options;
  options.field = render::PlanField::concentration;
  options.species = map.species;
  options.time = map.time;
  options.layer = 0;  // the largest concentration over depth
  options.scale = render::ColourScale::limit;
  options.title = map.title;
  options.language = request.text_language;
  render::render_plan_map(*reader, options, png);
}

std::string default_report_dir(const std::string& result) {
  const std::filesystem::path parent = std::filesystem::path(result).parent_path();
  return (parent.empty() ? std::filesystem::path("report") : parent / "report").string();
}

}  // namespace

std::string case_title_of(const results::ResultReader& reader) {
  const std::string title = render::case_title(reader);
  const std::string name = reader.has_attribute("/", "case_name") ? reader.text_attribute("/", "case_name") : "";
  return title == name ? std::string() : title;
}

std::optional<Language> language_argument(const std::string& code, const char* command, std::ostream& err) {
  const std::optional<Language> language = parse_language(code);
  if (!language) err << command << ": --lang '" << code << "' is not a language of the documents; expected en or zh\n";
  return language;
}

std::vector<reporting::PictureOutcome> draw_pictures(const std::vector<reporting::PictureRequest>& requests,
                                                const std::string& dir, const results::ResultReader* reader,
                                                Language language) {
  std::vector<reporting::PictureOutcome> outcomes;
  const char* display = std::getenv("DISPLAY");
  const bool can_draw = display != nullptr && *display != '\0';
  for (const reporting::PictureRequest& request : requests) {
    reporting::PictureOutcome outcome{request.file, {}};
    if (!can_draw) {
      outcome.missing = reporting::say(language, reporting::Msg::picture_no_display);
    } else {
      try {
        draw(request, (std::filesystem::path(dir) / request.file).string(), reader);
      } catch (const IoError&) {
        throw;  // a damaged result or an unwritable folder fails the command (exit 3), not one picture
      } catch (const std::exception& e) {
        outcome.missing = e.what();
      }
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

void warn_missing(const std::vector<reporting::PictureOutcome>& outcomes, std::ostream& err) {
  std::vector<const reporting::PictureOutcome*> missing;
  for (const reporting::PictureOutcome& o : outcomes)
    if (!o.missing.empty()) missing.push_back(&o);
  if (missing.empty()) return;
  // One line when every picture failed for the same reason (typically: no X server).
  const bool one_reason = std::all_of(missing.begin(), missing.end(), [&](const reporting::PictureOutcome* o) {
    return o->missing == missing.front()->missing;
  });
  if (one_reason && missing.size() > 1) {
    err << "warning: " << missing.size() << " pictures not drawn: " << missing.front()->missing << "\n";
    return;
  }
  for (const reporting::PictureOutcome* o : missing)
    err << "warning: " << o->file << " not drawn: " << o->missing << "\n";
}

std::vector<std::string> verification_candidates() {
  std::vector<std::string> candidates;
  if (const char* source = std::getenv("GWPLUME_SOURCE_DIR"); source != nullptr && *source != '\0')
    candidates.push_back((std::filesystem::path(source) / "docs" / "verification.md").string());
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const std::filesystem::path prefix = exe.parent_path().parent_path();
    candidates.push_back((prefix / "share" / "gwplume" / "docs" / "verification.md").string());
    candidates.push_back((prefix / "docs" / "verification.md").string());
  }
  return candidates;
}

int report_command(const ReportArguments& args, std::ostream& out, std::ostream& err) {
  const std::optional<Language> language = language_argument(args.language, "report", err);
  if (!language) return bad_input;
  try {
    reporting::require_hdf5_file(args.result);
    const results::ResultReader reader(args.result);
    const std::string dir = args.output_dir.empty() ? default_report_dir(args.result) : args.output_dir;
    if (results::is_sweep_file(reader)) return report_sweep(reader, dir, *language, out, err);
    reporting::require_gwplume_result(reader);
    reporting::ReportInput input = reporting::read_report_input(reader, verification_candidates());
    input.summary.title = input.figures.title = case_title_of(reader);
    reporting::make_directory(dir);
    const std::vector<reporting::PictureRequest> requests = reporting::report_pictures(input, *language);
    const std::vector<reporting::PictureOutcome> outcomes = draw_pictures(requests, dir, &reader, *language);
    const std::string html =
        reporting::write_document(reporting::report_document(input, outcomes, *language), dir, "report");
    std::size_t missing = 0;
    for (const reporting::PictureOutcome& o : outcomes) missing += o.missing.empty() ? 0 : 1;
    out << "report written: " << html << " (and report.md), " << requests.size() - missing << " of "
        << requests.size() << " pictures drawn\n";
    warn_missing(outcomes, err);
    if (input.summary.status != "complete")
      err << "warning: the run did not complete (status " << input.summary.status << ")\n";
    return ok;
  } catch (...) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
