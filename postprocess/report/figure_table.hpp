// Figures as table rows: which (quantity, subject) pairs a set of figures holds, in the order of
// figure_catalogue.hpp, and how each is labelled and written for people.
#pragma once
#include <string>
#include <vector>

#include "postprocess/report/result_figures.hpp"

namespace gwp::post {

struct FigureKey {
  std::string quantity, subject;
  bool operator==(const FigureKey&) const = default;
};

// Every pair found in `sets`, in catalogue order; subjects of a quantity in first-seen order.
std::vector<FigureKey> figure_keys(const std::vector<const FiguresAtTime*>& sets);

// "plume area above the limit (1.5 mg/L)", "farthest distance above the limit (1.5 mg/L) from
// landfill", "net mass flux to river Yujiang".
std::string figure_label(const FigureKey& key, const SpeciesLimits& limits);

// The value as people read it: times as "386.6 d (1.06 yr)", a first exceedance that has not
// happened as "not exceeded", other numbers with format_figure.
std::string figure_text(const std::string& quantity, double value);

}  // namespace gwp::post
