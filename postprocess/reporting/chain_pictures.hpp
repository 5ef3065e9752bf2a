// The report's pictures of reaction chains (chain_section.cpp): per chain, one chart per
// monitoring point and boundary receptor where every member has a series, with each member's
// concentration, the chain total as a thick line where the chain has one (chain_figures.hpp), and
// each member's class IV limit dashed in its colour.
#pragma once
#include <vector>

#include "postprocess/reporting/picture_request.hpp"
#include "postprocess/reporting/report_input.hpp"

namespace gwp::reporting {

// Files "chain_<members>_at_<point>.png"; captions in `language`, the text inside in
// picture_language(language).
std::vector<PictureRequest> chain_pictures(const ReportInput& input, Language language = Language::en);

// The pictures of one chain among `pictures` (those chain_pictures() named for it).
std::vector<const PictureRequest*> pictures_of_chain(const std::vector<PictureRequest>& pictures,
                                                     const metrics::ReactionChain& chain);

}  // namespace gwp::reporting
