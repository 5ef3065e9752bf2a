// The reaction chains of a case as text, for `gwplume check`: every path from a species that
// has no parent to one that feeds no other, along the parents the species declare.
#pragma once
#include <string>
#include <vector>

#include "models/case.hpp"

namespace gwp::model {

// "ammonia_n -> nitrite_n (yield 1) -> nitrate_n (yield 1)", one per path; a link that takes
// only one of its parent's phases says so ("(yield 0.5, dissolved phase)"). Empty without
// parents. A case with a cycle of parents is refused before this is asked; a cycle met here
// ends its path where it would repeat a species.
std::vector<std::string> chain_texts(const std::vector<Species>& species);

}  // namespace gwp::model
