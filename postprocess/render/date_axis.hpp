// Calendar ticks for a time axis whose values are model days since a start date: whole years
// for spans of years (every 1, 2, 5, 10, 20 or 50 years, labelled "2010"), months for shorter
// spans (every 1, 2, 3 or 6 months, "2010-06"), days below two months ("2010-06-15").
#pragma once
#include "core/calendar.hpp"
#include "postprocess/render/plot_axes.hpp"

namespace gwp::render {

// Sets axis.ticks and axis.tick_labels for the dates from `axis.min` to `axis.max` (days since
// `start`), at most about `target` of them; the range itself is left as it is.
void set_date_ticks(ChartAxis& axis, const Date& start, int target = 7);

}  // namespace gwp::render
