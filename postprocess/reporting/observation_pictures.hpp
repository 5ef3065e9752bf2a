// The pictures of the report's section on observations: per species, the model against the
// samples with the 1:1 line; per point, the model's series with the samples on it.
#pragma once
#include <vector>

#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/report_input.hpp"

namespace gwp::reporting {

// None for a result without observations. Files "observed_<species>.png" and
// "samples_<point>.png"; captions in `language`, the text inside in picture_language(language).
std::vector<PictureRequest> observation_pictures(const ReportInput& input, Language language);

}  // namespace gwp::reporting
