// A comparison as a Document (compare.md and compare.html): the scenarios, the notes on what
// differs between the results, the verdict table an engineer reads first (each receptor in each
// scenario against class IV), the figures of each species at each common time with their change
// against the baseline, what each scenario's case text changes, and the charts.
#pragma once
#include <vector>

#include "postprocess/compare/comparison.hpp"
#include "postprocess/report/document.hpp"
#include "postprocess/report/picture_request.hpp"

namespace gwp::post {

// `charts` are comparison_charts() of the same comparison; `outcomes` what became of them.
Document comparison_document(const Comparison& comparison, const std::vector<PictureRequest>& charts,
                             const std::vector<PictureOutcome>& outcomes);

// A scenario's cell in a figure table: "120000 (-24000, -16.7 %)" against the baseline, or just
// the value for the baseline itself (scenario 0) and where the change is undefined.
std::string compared_cell(const std::string& quantity, double value, double baseline, bool is_baseline);

}  // namespace gwp::post
