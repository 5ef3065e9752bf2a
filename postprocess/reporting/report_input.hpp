// Everything `gwplume report` shows, read from one result file (and the verification document),
// and the pictures it asks for. The command reads a ReportInput, draws report_pictures() with the
// rendering library, then writes report_document() (report_document.hpp).
#pragma once
#include <string>
#include <vector>

#include "postprocess/metrics/observation_table.hpp"
#include "postprocess/reporting/budget_summary.hpp"
#include "postprocess/reporting/case_summary.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/site_summary.hpp"
#include "postprocess/reporting/verification_status.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

struct ReportInput {
  std::string result_path;
  std::string case_toml;
  CaseSummary summary;
  SiteSummary site;
  FlowBudgetSummary flow;
  std::vector<MassBudgetSummary> mass;  // per species
  ResultFigures figures;
  VerificationStatus verification;
  std::vector<metrics::ObservedSeries> observations;  // /observations; empty when the case had none
  std::vector<std::string> verification_candidates;  // where the document was looked for
};

// Reads the result; `verification_candidates` are the paths of docs/verification.md to try, in
// order. Throws IoError when the result lacks a part every result has (/grid).
ReportInput read_report_input(const results::ResultReader& reader,
                              const std::vector<std::string>& verification_candidates);

// A plan map for each output time of each species whose peak then is above its limit, and one
// breakthrough chart per species with monitoring series (every transport step, the class IV and
// class III limits dashed, time as dates when the result has a start date), then the pictures of
// the reaction chains (chain_pictures.hpp) and of the observations (observation_pictures.hpp).
// Captions in `language`, the text inside the pictures in picture_language(language).
std::vector<PictureRequest> report_pictures(const ReportInput& input, Language language = Language::en);

}  // namespace gwp::reporting
