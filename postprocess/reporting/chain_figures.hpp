// A reaction chain's total (postprocess/metrics/chain_groups.hpp) as figures of a species of its
// own, named "total:<first>+<second>+...": at each output time its peak so far at each monitoring
// point and boundary receptor where every member has a series (`point_peak`, from the members'
// series summed with their weights at every transport step) and its dissolved mass (the members'
// `dissolved_mass` summed likewise). The total has no limit, so no first exceedance and no
// verdict. Reports and comparisons read these beside the species' own figures.
#pragma once
#include <string>
#include <vector>

#include "core/language.hpp"
#include "postprocess/reporting/result_figures.hpp"

namespace gwp::reporting {

// "total:ammonia_n+nitrite_n+nitrate_n".
std::string chain_total_name(const metrics::ReactionChain& chain);

// Whether a species name names a chain total (a species' own name never holds ':').
bool is_chain_total(const std::string& species);

// The members' labels joined: "NH₃-N + NO₂⁻-N + NO₃⁻-N" (English) or by their Chinese labels.
std::string chain_label(const metrics::ReactionChain& chain, const std::vector<SpeciesFigures>& species,
                        Language language);

// The total's concentration series at `point`: the members' series there, weighted and summed
// (chain_total); empty when a member has no series there. Pumping wells' output-time samples are
// not summed.
TimeSeries chain_total_series(const metrics::ReactionChain& chain, const std::vector<SpeciesFigures>& species,
                              const std::string& point);

// The total's figures at each of `times` (d) from the members' figures and series. Its limits
// name it (chain_total_name), label it in English and Chinese ("NH₃-N + NO₂⁻-N + NO₃⁻-N (chain
// total)") and give no limit (NaN; classes < 0). The chain must have a total.
SpeciesFigures chain_total_figures(const metrics::ReactionChain& chain, const std::vector<SpeciesFigures>& species,
                                   const std::vector<double>& times);

// The figures of `name` in `result`: a species, or a chain total; nullptr when it has neither.
const SpeciesFigures* find_figures(const ResultFigures& result, const std::string& name);

}  // namespace gwp::reporting
