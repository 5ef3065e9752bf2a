#include "app/compare_command.hpp"

#include <filesystem>
#include <ostream>

#include "app/exit_codes.hpp"
#include "app/report_command.hpp"
#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/comparison_charts.hpp"
#include "postprocess/reporting/comparison_document.hpp"
#include "postprocess/reporting/comparison_tables.hpp"
#include "postprocess/reporting/document_files.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_file.hpp"
#include "results/result_check.hpp"
#include "results/result_format.hpp"
#include "results/result_reader.hpp"

namespace gwp::app {

namespace {

reporting::ResultFigures read_figures(const std::string& path, std::ostream& err) {
  reporting::require_hdf5_file(path);
  const results::ResultReader reader(path);
  reporting::require_gwplume_result(reader);
  if (const std::string status = results::result_status(reader); status != results::kStatusComplete)
    err << "warning: " << path << " has status \"" << status
        << "\": the run did not complete, so its figures stop at the last time it stored\n";
  reporting::ResultFigures figures = reporting::read_result_figures(reader);
  figures.title = case_title_of(reader);
  return figures;
}

void print_verdicts(const reporting::Comparison& c, std::ostream& out) {
  for (const reporting::VerdictRow& v : c.verdicts) {
    const results::SpeciesLimits* limits = nullptr;
    for (const results::SpeciesLimits& s : c.species)
      if (s.name == v.species) limits = &s;
    out << "  " << c.scenarios[v.scenario].label << " / " << (limits ? c.wording.species(*limits) : v.species) << " / "
        << v.receptor << ": "
        << c.wording.verdict(v.compliance, v.limit.name) << "\n";
  }
}

}  // namespace

int compare_command(const CompareArguments& args, std::ostream& out, std::ostream& err) {
  const std::optional<Language> language = language_argument(args.language, "compare", err);
  if (!language) return bad_input;
  if (args.results.size() < 2) {
    err << "compare needs at least two result files (the first is the baseline), got " << args.results.size() << "\n";
    return bad_input;
  }
  try {
    std::vector<reporting::ResultFigures> results;
    for (const std::string& path : args.results) results.push_back(read_figures(path, err));
    const reporting::Comparison comparison = reporting::compare_results(results, *language);
    const std::string dir = args.output_dir.empty() ? std::string("out/compare") : args.output_dir;
    reporting::make_directory(dir);
    const std::filesystem::path base(dir);
    reporting::write_text_file((base / "compare.csv").string(), reporting::comparison_csv(comparison));
    reporting::write_text_file((base / "verdict.csv").string(), reporting::verdict_csv(comparison));
    const std::vector<reporting::PictureRequest> charts = reporting::comparison_charts(comparison, results);
    const std::vector<reporting::PictureOutcome> outcomes = draw_pictures(charts, dir, nullptr, *language);
    reporting::write_document(reporting::comparison_document(comparison, charts, outcomes), dir, "compare");
    std::size_t missing = 0;
    for (const reporting::PictureOutcome& o : outcomes) missing += o.missing.empty() ? 0 : 1;
    out << "compared " << results.size() << " results (baseline " << comparison.scenarios.front().label << ") in "
        << dir << ": compare.csv, verdict.csv, compare.md, compare.html, " << charts.size() - missing << " of "
        << charts.size() << " charts drawn\n";
    for (const std::string& note : comparison.notes) out << "  note: " << note << "\n";
    print_verdicts(comparison, out);
    warn_missing(outcomes, err);
    return ok;
  } catch (...) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
