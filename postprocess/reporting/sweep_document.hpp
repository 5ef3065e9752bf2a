// The report of a sweep (`gwplume report SWEEP.h5`): the sweep and its parameters, what became
// of the members (each failure with its exit code and reason), and per species how likely each
// monitoring point has exceeded the limit by each collected time, the probability map at the last
// time, the arrival CDFs, the tornado chart and histograms of the peak and the area; with a table
// per design when the sweep crossed design levels with uncertain samples. The pictures are
// requests the command draws (postprocess/render); the document names any that could not be.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/sweep_report_input.hpp"

namespace gwp::reporting {

struct SweepPictureRequest {
  enum class Kind { probability_map, arrival, tornado, histogram } kind = Kind::probability_map;
  std::string file;                // PNG name inside the output directory
  std::string caption;             // in the document's language
  std::string species;
  std::string figure;              // tornado and histogram
  std::optional<double> time;      // d; empty: the last collected
  Language text_language = Language::en;
};

std::vector<SweepPictureRequest> sweep_pictures(const SweepReportInput& input, Language language);

// The document; `pictures` say which pictures were drawn.
Document sweep_document(const SweepReportInput& input, const std::vector<PictureOutcome>& pictures,
                        Language language);

// A probability as the tables write it: "83.3 %" (one decimal), kMissing for NaN.
std::string format_probability(double p);

}  // namespace gwp::reporting
