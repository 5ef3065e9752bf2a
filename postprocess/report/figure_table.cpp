#include "postprocess/report/figure_table.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "postprocess/report/figure_catalogue.hpp"
#include "postprocess/report/number_format.hpp"

namespace gwp::post {

std::vector<FigureKey> figure_keys(const std::vector<const FiguresAtTime*>& sets) {
  std::vector<FigureKey> keys;
  for (const FiguresAtTime* set : sets)
    for (const Figure& f : set->figures) {
      const FigureKey key{f.quantity, f.subject};
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
  // Catalogue order; within a quantity the terms in first-seen order and their sum "(all)" last,
  // wherever a later result added a term.
  const auto rank = [](const FigureKey& k) {
    return std::make_pair(quantity_order(k.quantity), k.subject == kAllTerms);
  };
  std::stable_sort(keys.begin(), keys.end(),
                   [&](const FigureKey& a, const FigureKey& b) { return rank(a) < rank(b); });
  return keys;
}

std::string figure_label(const FigureKey& key, const SpeciesLimits& limits) {
  std::string label = quantity_info(key.quantity).label;
  const std::string limit = " the limit";
  if (const auto at = label.find(limit); at != std::string::npos && !std::isnan(limits.limit)) {
    label.insert(at + limit.size(), " (" + format_figure(limits.limit) + " " + limits.units + ")");
  }
  if (key.quantity.ends_with("class_iii") && limits.class_iii >= 0.0) {
    label += " (" + format_figure(limits.class_iii) + " " + limits.units + ")";
  }
  if (!key.subject.empty()) label += " " + key.subject;
  return label;
}

std::string figure_text(const std::string& quantity, double value) {
  if (quantity == "point_first_exceedance") return std::isnan(value) ? "not exceeded" : format_time(value);
  return format_figure(value);
}

}  // namespace gwp::post
