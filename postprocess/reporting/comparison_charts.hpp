// Line charts of a comparison's main figures against time, one line per scenario: per species the
// plume area above the limit and the dissolved mass left (at the output times, where the metrics
// are); the concentration at each monitoring point and boundary receptor at every transport step,
// with the class IV (or case) limit dashed; and, where any scenario has them, the mass removed by
// each pumping well, the pumped-water concentration, the mass flux through each abandoned well and
// to each river. A figure whose subject is a receptor with a series at every transport step (a
// supply well's pumped water, the mass a river reach takes up) is drawn from that series. Time is
// in calendar years when the results share a start date.
#pragma once
#include <vector>

#include "postprocess/reporting/comparison.hpp"
#include "postprocess/reporting/picture_request.hpp"

namespace gwp::reporting {

// `results` are the ones `comparison` was made from, in the same order. Captions in the
// comparison's language, the text inside the charts in picture_language() of it.
std::vector<PictureRequest> comparison_charts(const Comparison& comparison, const std::vector<ResultFigures>& results);

// The series at every transport step that stands for figure `quantity` of `subject` in `species`,
// when there is one: the concentration at a pumping well that is a receptor (pumped_concentration),
// or the mass discharged through a receptor on a river, fixed-head, general-head boundary or drain
// (its *_mass_flux). Null otherwise.
const TimeSeries* step_series(const SpeciesFigures& species, const std::string& quantity, const std::string& subject);

}  // namespace gwp::reporting
