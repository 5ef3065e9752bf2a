#include "app/sweep_report.hpp"

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "app/exit_codes.hpp"
#include "app/report_command.hpp"
#include "app/sweep_source.hpp"
#include "postprocess/render/probability_map.hpp"
#include "postprocess/render/sweep_charts.hpp"
#include "postprocess/reporting/document_files.hpp"
#include "postprocess/reporting/sweep_document.hpp"

namespace gwp::app {

namespace {

void draw(const results::ResultReader& reader, const results::SweepScene& scene,
          const reporting::SweepPictureRequest& r, const std::string& png) {
  using Kind = reporting::SweepPictureRequest::Kind;
  if (r.kind == Kind::probability_map) {
    render::ProbabilityMapOptions o;
    o.species = r.species;
    o.time = r.time;
    o.language = r.text_language;
    render::render_probability_map(reader, scene, o, png);
    return;
  }
  render::SweepChartOptions o;
  o.species = r.species;
  o.time = r.time;
  o.figure = r.figure.empty() ? "peak" : r.figure;
  o.language = r.text_language;
  if (r.kind == Kind::arrival) render::render_arrival_chart(reader, scene, o, png);
  if (r.kind == Kind::tornado) render::render_tornado_chart(reader, scene, o, png);
  if (r.kind == Kind::histogram) {
    o.height = 1000;
    render::render_figure_histogram(reader, scene, o, png);
  }
}

// Never throws for one picture: the outcome says why it is missing. Without an X server nothing
// is drawn, since VTK would abort the process.
std::vector<reporting::PictureOutcome> draw_all(const results::ResultReader& reader, const results::SweepScene& scene,
                                                const std::vector<reporting::SweepPictureRequest>& requests,
                                                const std::string& dir, Language language) {
  std::vector<reporting::PictureOutcome> outcomes;
  const char* display = std::getenv("DISPLAY");
  const bool can_draw = display != nullptr && *display != '\0';
  for (const reporting::SweepPictureRequest& r : requests) {
    reporting::PictureOutcome outcome{r.file, {}};
    if (!can_draw) {
      outcome.missing = reporting::say(language, reporting::Msg::picture_no_display);
    } else {
      try {
        draw(reader, scene, r, (std::filesystem::path(dir) / r.file).string());
      } catch (const std::exception& e) {
        outcome.missing = e.what();
      }
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace

int report_sweep(const results::ResultReader& reader, const std::string& dir, Language language, std::ostream& out,
                 std::ostream& err) {
  const results::SweepScene scene = read_sweep_source(reader);
  const reporting::SweepReportInput input = reporting::read_sweep_report_input(reader, scene);
  reporting::make_directory(dir);
  const std::vector<reporting::SweepPictureRequest> requests = reporting::sweep_pictures(input, language);
  const std::vector<reporting::PictureOutcome> outcomes = draw_all(reader, scene, requests, dir, language);
  const std::string html = reporting::write_document(reporting::sweep_document(input, outcomes, language), dir, "report");
  std::size_t missing = 0;
  for (const reporting::PictureOutcome& o : outcomes) missing += o.missing.empty() ? 0 : 1;
  out << "report written: " << html << " (and report.md), " << requests.size() - missing << " of " << requests.size()
      << " pictures drawn\n";
  warn_missing(outcomes, err);
  return ok;
}

}  // namespace gwp::app
