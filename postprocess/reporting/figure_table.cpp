#include "postprocess/reporting/figure_table.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "postprocess/reporting/figure_catalogue.hpp"

namespace gwp::reporting {

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

std::string figure_label(const FigureKey& key, const results::SpeciesLimits& limits, const Wording& w) {
  const QuantityInfo& info = quantity_info(key.quantity);
  const std::string limit = key.quantity.ends_with("class_iii") ? format_limit(limits.class_iii, limits.units)
                                                                : format_limit(limits.limit, limits.units);
  const std::string subject = key.subject == kAllTerms ? w(Msg::all_terms) : key.subject;
  return w(info.label, {limit, subject});
}

std::string figure_text(const std::string& quantity, double value, const FigureStyle& style, const Wording& w) {
  if (quantity_info(quantity).units == "d") {
    if (quantity == "plume_below_limit_from") {  // a figure of the whole run (mna_table.hpp)
      if (std::isnan(value)) return w(Msg::mna_still_above);
      if (value == 0.0) return w(Msg::mna_never_above);
    }
    if (std::isnan(value)) return quantity == "point_first_exceedance" ? w(Msg::not_exceeded) : std::string(kMissing);
    return w.time(value);
  }
  return format_styled(value, style);
}

std::string units_text(const std::string& quantity, const Wording& w) {
  const std::string& units = quantity_info(quantity).units;
  return units == "d" && w.start ? w(Msg::unit_date) : units;
}

FigureScales::FigureScales(const std::vector<const FiguresAtTime*>& sets, const results::SpeciesLimits& limits) {
  if (!is_missing(limits.limit)) by_units_[limits.units] = std::fabs(limits.limit);
  for (const FiguresAtTime* set : sets)
    for (const Figure& f : set->figures) {
      if (is_missing(f.value)) continue;
      double& scale = by_units_[quantity_info(f.quantity).units];
      scale = std::max(scale, std::fabs(f.value));
    }
}

double FigureScales::of(const std::string& quantity) const {
  const auto it = by_units_.find(quantity_info(quantity).units);
  return it == by_units_.end() ? 0.0 : it->second;
}

double concentration_scale(const SpeciesFigures& s) {
  double scale = is_missing(s.limits.limit) ? 0.0 : std::fabs(s.limits.limit);
  for (const FiguresAtTime& at : s.at) {
    const double peak = figure_value(at, "peak");
    if (!is_missing(peak)) scale = std::max(scale, std::fabs(peak));
  }
  for (const ReceptorSeries& r : s.receptors)
    for (double v : r.series.value)
      if (!is_missing(v)) scale = std::max(scale, std::fabs(v));
  return scale;
}

}  // namespace gwp::reporting
