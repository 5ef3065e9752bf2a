// Figures as table rows: which (quantity, subject) pairs a set of figures holds, in the order of
// figure_catalogue.hpp, and how each is labelled and written for people.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

struct FigureKey {
  std::string quantity, subject;
  bool operator==(const FigureKey&) const = default;
};

// Every pair found in `sets`, in catalogue order; subjects of a quantity in first-seen order.
std::vector<FigureKey> figure_keys(const std::vector<const FiguresAtTime*>& sets);

// "plume area above the limit (1.5 mg/L)", "farthest distance above the limit (1.5 mg/L) from
// landfill", "net mass flux to river Yujiang"; in Chinese "超过限值（1.5 mg/L）的羽流面积".
std::string figure_label(const FigureKey& key, const results::SpeciesLimits& limits, const Wording& w = {});

// The value as people read it: times as dates (or "386.6 d (1.06 yr)"), a first exceedance that
// has not happened as "not exceeded", other numbers in `style`.
std::string figure_text(const std::string& quantity, double value, const FigureStyle& style, const Wording& w = {});

// The units column of a figure: its units, or "date" for a time when times are dates.
std::string units_text(const std::string& quantity, const Wording& w = {});

// The scale of each kind of figure of one species (the largest magnitude of any figure with the
// same units, at any time and subject; for concentrations at least the species' limit), against
// which round-off is told from a result: 1e-10 g/d beside 6000 g/d is noise.
class FigureScales {
 public:
  FigureScales(const std::vector<const FiguresAtTime*>& sets, const results::SpeciesLimits& limits);
  double of(const std::string& quantity) const;

 private:
  std::map<std::string, double> by_units_;
};

// The scale of a species' concentrations: the largest of its limit, its plume peaks and its
// receptors' samples (mg/L).
double concentration_scale(const SpeciesFigures& species);

}  // namespace gwp::reporting
