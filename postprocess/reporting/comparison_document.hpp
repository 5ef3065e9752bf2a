// A comparison as a Document (compare.md and compare.html): the scenarios, the notes on what
// differs between the results, the verdict table an engineer reads first (each receptor in each
// scenario against class IV), the figures of each species at each common time with their change
// against the baseline, what each scenario's case text changes, and the charts. In the
// comparison's language, times as dates when the results share a start date.
#pragma once
#include <vector>

#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/picture_request.hpp"

namespace gwp::reporting {

// `charts` are comparison_charts() of the same comparison; `outcomes` what became of them.
Document comparison_document(const Comparison& comparison, const std::vector<PictureRequest>& charts,
                             const std::vector<PictureOutcome>& outcomes);

// A scenario's cell in a figure table: "120000 (-24000, -16.7 %)" against the baseline, or just
// the value for the baseline itself (scenario 0) and where the change is undefined. Values and
// changes in `style` (the row's), times as `w` words them and their changes in days.
std::string compared_cell(const std::string& quantity, double value, double baseline, bool is_baseline,
                          const FigureStyle& style = {}, const Wording& w = {});

}  // namespace gwp::reporting
