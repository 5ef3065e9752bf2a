// A comparison as CSV for spreadsheets and scripts: compare.csv holds every figure of every
// scenario at every common time, one per row, with the baseline's value and the change against it;
// verdict.csv holds one row per scenario, species and receptor. Numbers at full precision, empty
// where a figure does not exist.
#pragma once
#include <string>

#include "postprocess/reporting/comparison.hpp"

namespace gwp::reporting {

// Columns: scenario, case_name, file, species, time_d, quantity, subject, units, value, baseline,
// change, change_percent. After the figures, what the abandoned wells carried down into (and up
// into) each layer (Comparison::bores), in g.
std::string comparison_csv(const Comparison& comparison);

// Columns: scenario, case_name, species, receptor, kind, limit_name, limit_mg_per_l, through_d,
// samples (empty for a receptor the run recorded), exceeds (yes/no), first_exceedance_d,
// peak_mg_per_l, peak_time_d.
std::string verdict_csv(const Comparison& comparison);

// A CSV field: quoted (with quotes doubled) when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text);

}  // namespace gwp::reporting
