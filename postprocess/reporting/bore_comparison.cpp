#include "postprocess/reporting/bore_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "postprocess/reporting/bore_text.hpp"
#include "postprocess/reporting/bore_transfer.hpp"
#include "postprocess/reporting/figure_change.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_series.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const SpeciesFigures* find_species(const ResultFigures& r, const std::string& name) {
  for (const SpeciesFigures& s : r.species)
    if (s.limits.name == name) return &s;
  return nullptr;
}

void add_new(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

// What one scenario's bore carried, per layer, at one time: NaN everywhere when the scenario
// lacks the well then.
struct ScenarioBore {
  BoreTransfer transfer;
  double from(const std::string& layer, bool up) const {
    for (const BoreLayer& l : transfer.layers)
      if (l.layer == layer) return up ? l.from_below : l.from_above;
    return kNaN;
  }
  double total(bool up) const { return transfer.empty() ? kNaN : (up ? transfer.up : transfer.down); }
};

}  // namespace

std::string bore_quantity(const BoreComparedRow& row) {
  return row.up ? "abandoned_well_mass_up_into" : "abandoned_well_mass_down_into";
}

std::string bore_subject(const BoreComparedRow& row) {
  return row.layer.empty() ? row.well : row.well + "/" + row.layer;
}

std::vector<BoreComparedRow> compare_bores(const std::vector<ResultFigures>& results,
                                           const std::vector<results::SpeciesLimits>& species,
                                           const std::vector<double>& times) {
  std::vector<BoreComparedRow> rows;
  for (const results::SpeciesLimits& limits : species) {
    std::vector<const SpeciesFigures*> per(results.size(), nullptr);
    double scale = 0.0;
    std::vector<std::string> wells;
    for (std::size_t i = 0; i < results.size(); ++i) {
      per[i] = find_species(results[i], limits.name);
      if (!per[i]) continue;
      scale = std::max(scale, bore_mass_scale(*per[i]));
      for (const std::string& well : bore_wells(per[i]->bores)) add_new(wells, well);
    }
    for (double time : times) {
      for (const std::string& well : wells) {
        std::vector<ScenarioBore> bores(results.size());
        std::vector<std::string> layers;
        for (std::size_t i = 0; i < results.size(); ++i) {
          if (per[i]) bores[i].transfer = bore_transfer(per[i]->bores, well, time);
          for (const BoreLayer& l : bores[i].transfer.layers) add_new(layers, l.layer);
        }
        if (layers.empty()) continue;
        const auto add = [&](const std::string& layer, bool up) {
          BoreComparedRow row{limits.name, time, well, layer, up, {}, scale};
          for (const ScenarioBore& b : bores)
            row.values.push_back(without_noise(layer.empty() ? b.total(up) : b.from(layer, up), scale));
          rows.push_back(std::move(row));
        };
        for (bool up : {false, true})
          for (const std::string& layer : layers) add(layer, up);
        add("", false);
        add("", true);
      }
    }
  }
  return rows;
}

std::string bore_compared_cell(double value, double baseline, bool is_baseline, double scale) {
  const double floor = kNoiseRatio * scale;
  const std::string text = mass_text(value, floor);
  if (is_baseline || is_missing(value)) return text;
  const Change change = change_against(value, baseline, scale);
  if (std::isnan(change.absolute)) return text;
  if (change.absolute == 0.0) return text + " (0, 0 %)";
  return text + " (" + signed_mass_text(change.absolute, floor) + ", " + format_percent(change.percent) + ")";
}

DocumentTable bore_comparison_table(const std::vector<BoreComparedRow>& rows, const std::string& species, double time,
                            const std::vector<std::string>& scenario_labels, const Wording& w) {
  DocumentTable t;
  t.header = {w(Msg::feature_abandoned_well), w(Msg::col_figure)};
  for (const std::string& label : scenario_labels) t.header.push_back(label);
  t.numeric.assign(t.header.size(), true);
  t.numeric[0] = t.numeric[1] = false;
  for (const BoreComparedRow& row : rows) {
    if (row.species != species || !same_time(row.time, time)) continue;
    // What came up into a layer only where some scenario has any: most bores carry one way.
    const bool any = std::any_of(row.values.begin(), row.values.end(), [](double v) { return !is_missing(v) && v != 0.0; });
    if (row.up && !row.layer.empty() && !any) continue;
    const std::string figure = row.layer.empty() ? w(row.up ? Msg::bore_row_up_total : Msg::bore_row_down_total)
                                                 : w(row.up ? Msg::bore_row_up_into : Msg::bore_row_down_into, {row.layer});
    std::vector<Cell> cells{row.well, figure};
    for (std::size_t i = 0; i < row.values.size(); ++i)
      cells.emplace_back(bore_compared_cell(row.values[i], row.values.front(), i == 0, row.scale));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

}  // namespace gwp::reporting
