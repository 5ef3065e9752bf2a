// `gwplume report RESULT.h5 [-o DIR]`: DIR/report.html and DIR/report.md with the pictures beside
// them (docs/report-and-compare.md). The document is built by postprocess/report from the result
// file alone; this command draws its pictures with postprocess/render.
#pragma once
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "postprocess/reporting/messages.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "results/result_reader.hpp"

namespace gwp::app {

struct ReportArguments {
  std::string result;      // RESULT.h5
  std::string output_dir;  // empty: "report" beside the result
  std::string language = "en";  // --lang: "en" or "zh"
};

// Exit codes: 0 written; 2 the file is not a gwplume result or the language is not en or zh; 3 it
// cannot be read or the report cannot be written. A picture that cannot be drawn does not fail the report: the document says
// why it is missing.
int report_command(const ReportArguments& args, std::ostream& out, std::ostream& err);

// Draws every request into `dir` (PNG files), maps from `reader` (which may be null when only line
// charts are asked for). Never throws for one picture: its outcome holds the reason. Without an X
// server (DISPLAY unset) nothing is drawn, since VTK would abort the process, and every outcome
// says so in `language`.
std::vector<reporting::PictureOutcome> draw_pictures(const std::vector<reporting::PictureRequest>& requests,
                                                const std::string& dir, const results::ResultReader* reader,
                                                Language language = Language::en);

// The language --lang names; nullopt after printing to `err` what is expected.
std::optional<Language> language_argument(const std::string& code, const char* command, std::ostream& err);

// Prints one warning per picture that was not drawn, or one line when all failed alike.
void warn_missing(const std::vector<reporting::PictureOutcome>& outcomes, std::ostream& err);

// The case title the result's case text gives (read by the rendering library, which knows the case
// format); empty when it has none besides the case name.
std::string case_title_of(const results::ResultReader& reader);

// Where the verification document may be, in order: $GWPLUME_SOURCE_DIR/docs/verification.md,
// <executable>/../share/gwplume/docs/verification.md (installed), and
// <executable>/../docs/verification.md (a build folder inside the source tree).
std::vector<std::string> verification_candidates();

}  // namespace gwp::app
