// What the abandoned wells' bores of several scenarios carried, set side by side: per species,
// common output time and well, the mass that went down the bore into each case layer (and came up
// into it), split by direction as the report does (report/bore_transfer.hpp), with the change
// against the baseline. A scenario that seals a well early reads as a smaller mass carried down
// into the karst.
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/document.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

struct BoreComparedRow {
  std::string species;
  double time = 0.0;  // d, a common output time
  std::string well;
  std::string layer;  // a case layer; empty for the well's total
  bool up = false;    // false: went down into the layer (or in all); true: came up into it
  std::vector<double> values;  // g per scenario, cumulative; NaN where it lacks the well or layer; round-off as 0
  double scale = 0.0;          // g, the species' bore masses in any scenario (bore_mass_scale)
};

// The quantity of compare.csv a row is ("abandoned_well_mass_down_into", "abandoned_well_mass_up_into")
// and its subject ("AW-1/karst", or "AW-1" for the total).
std::string bore_quantity(const BoreComparedRow& row);
std::string bore_subject(const BoreComparedRow& row);

// For each species of `species`, each of `times` and each abandoned well any result records:
// one row per case layer of what went down into it, one per layer of what came up into it, then
// the well's totals down and up. Wells and layers in first-seen order (the baseline's first).
std::vector<BoreComparedRow> compare_bores(const std::vector<ResultFigures>& results,
                                           const std::vector<results::SpeciesLimits>& species,
                                           const std::vector<double>& times);

// The rows of `species` at `time` as a table: well, figure, then one column per scenario (its
// mass, and against the baseline the change and the change in percent). Rows of what came up
// are left out when no scenario has any; empty when no row is at that time.
DocumentTable bore_comparison_table(const std::vector<BoreComparedRow>& rows, const std::string& species, double time,
                            const std::vector<std::string>& scenario_labels, const Wording& w);

// A scenario's cell: "10.37 kg (-165.5 kg, -94.1 %)"; the baseline's own value alone.
std::string bore_compared_cell(double value, double baseline, bool is_baseline, double scale);

}  // namespace gwp::reporting
