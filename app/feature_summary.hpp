// What `gwplume check` echoes of a case's features, so that a reader catches a typo before a run:
// each feature's size (a landfill's area, a river's or wall's length), the cells it acts on, its
// rates and their schedules with their signs (extraction negative), plug and start times, and
// the species with their limits. Times are dates when the case has a start date.
#pragma once
#include <iosfwd>
#include <optional>
#include <string>

#include "core/calendar.hpp"
#include "models/model.hpp"
#include "solver/common/schedule.hpp"

namespace gwp::app {

// A schedule as text in a display unit: "250 mm/yr" when constant, else "250 mm/yr from
// 2005-01-01, 60 mm/yr from 2020-01-01". `factor` converts the internal unit to the display unit.
std::string schedule_text(const solver::Schedule& s, double factor, const std::string& unit,
                          const std::optional<Date>& start);

// "1 cell" / "150 cells", with the grid layers they lie in: "225 cells (layers 2-4)".
std::string cells_text(const Grid& grid, const std::vector<std::int64_t>& cells);

// The features section of `check`.
void print_features(const model::Model& m, std::ostream& out);

}  // namespace gwp::app
