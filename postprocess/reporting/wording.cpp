#include "postprocess/reporting/wording.hpp"

#include <cmath>
#include <utility>

#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/point_compliance.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "results/result_features.hpp"

namespace gwp::reporting {

namespace {

// The message an identifier of the result stands for; none when it has no translation.
using Names = std::vector<std::pair<std::string, Msg>>;

const Msg* find(const Names& names, const std::string& id) {
  for (const auto& [name, msg] : names)
    if (name == id) return &msg;
  return nullptr;
}

const Names& receptor_kinds() {
  static const Names names{{kMonitoringPoint, Msg::kind_monitoring_point},
                           {kBoundaryReceptor, Msg::kind_boundary_receptor},
                           {kControlPlane, Msg::kind_control_plane},
                           {kPumpingWell, Msg::kind_pumping_well}};
  return names;
}

const Names& feature_kinds() {
  static const Names names{{"well", Msg::feature_well},
                           {"abandoned_well", Msg::feature_abandoned_well},
                           {"monitoring", Msg::feature_monitoring}};
  return names;
}

const Names& well_states() {
  static const Names names{{"open", Msg::state_open}, {"collapsed", Msg::state_collapsed}, {"plugged", Msg::state_plugged}};
  return names;
}

const Names& budget_kinds() {
  static const Names names{{"storage", Msg::budget_storage},       {"head", Msg::budget_head},
                           {"flux", Msg::budget_flux},             {"general_head", Msg::budget_general_head},
                           {"river", Msg::budget_river},           {"drain", Msg::budget_drain},
                           {"recharge", Msg::budget_recharge},     {"landfill", Msg::budget_landfill},
                           {"well", Msg::budget_well},             {"connection", Msg::budget_connection},
                           {"abandoned_well", Msg::budget_abandoned_well}, {"decay", Msg::budget_decay},
                           {"zero_order", Msg::budget_zero_order}, {"volume_change", Msg::budget_volume_change},
                           {"flow_imbalance", Msg::budget_flow_imbalance}};
  return names;
}

const Names& budget_phases() {
  static const Names names{{"dissolved", Msg::phase_dissolved}, {"sorbed", Msg::phase_sorbed}};
  return names;
}

const Names& statuses() {
  static const Names names{{"complete", Msg::status_complete}, {"interrupted", Msg::status_interrupted},
                           {"failed", Msg::status_failed}};
  return names;
}

}  // namespace

std::string Wording::operator()(Msg id, const std::vector<std::string>& args) const { return say(language, id, args); }

std::string Wording::time(double days) const { return format_time(days, start); }

std::string Wording::times(const std::vector<double>& days) const {
  std::vector<std::string> items;
  for (double t : days) items.push_back(time(t));
  return items.empty() ? std::string(kMissing) : join(items);
}

std::string Wording::join(const std::vector<std::string>& items) const {
  const std::string separator = (*this)(Msg::list_separator);
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

std::string Wording::join_and(const std::vector<std::string>& items) const {
  if (items.size() < 2) return join(items);
  const std::vector<std::string> all_but_last(items.begin(), items.end() - 1);
  return join(all_but_last) + (*this)(Msg::list_last_separator) + items.back();
}

std::string Wording::moment(double days) const {
  return (*this)(start ? Msg::moment_date : Msg::moment_time, {time(days)});
}

std::string Wording::species_label(const results::SpeciesLimits& s) const {
  if (language == Language::zh && !s.label_zh.empty()) return s.label_zh;
  return s.label.empty() ? s.name : s.label;
}

std::string Wording::species(const results::SpeciesLimits& s) const {
  if (language == Language::zh && !s.label_zh.empty()) return s.label_zh;
  return s.name;
}

std::string Wording::limit_name(const std::string& name) const {
  if (name == "class IV") return (*this)(Msg::limit_class_iv);
  if (name == "class III") return (*this)(Msg::limit_class_iii);
  if (name == "case limit") return (*this)(Msg::limit_case);
  return name;
}

std::string Wording::limit(const std::string& name, double value, const std::string& units) const {
  if (std::isnan(value) || value < 0.0) return limit_name(name) + " " + kMissing;
  return limit_name(name) + " " + format_figure(value) + " " + units;
}

std::string Wording::receptor_kind(const std::string& kind) const {
  const Msg* m = find(receptor_kinds(), kind);
  return m ? (*this)(*m) : kind;
}

std::string Wording::feature_kind(const std::string& kind) const {
  const Msg* m = find(feature_kinds(), kind);
  return m ? (*this)(*m) : kind;
}

std::string Wording::well_state(const std::string& state) const {
  if (state.empty()) return kMissing;
  const Msg* m = find(well_states(), state);
  return m ? (*this)(*m) : state;
}

std::string Wording::budget_kind(const std::string& kind) const {
  const Msg* m = find(budget_kinds(), kind);
  return m ? (*this)(*m) : kind;
}

std::string Wording::budget_term(const std::string& term) const {
  const std::size_t colon = term.find(':');
  if (colon == std::string::npos) return budget_kind(term);
  const std::string subject = term.substr(colon + 1);
  const Msg* phase = find(budget_phases(), subject);
  return (*this)(Msg::budget_term, {budget_kind(term.substr(0, colon)), phase ? (*this)(*phase) : subject});
}

std::string Wording::status(const std::string& status) const {
  const Msg* m = find(statuses(), status);
  return m ? (*this)(*m) : (status.empty() ? (*this)(Msg::status_unknown) : status);
}

std::string Wording::verdict(const Compliance& c, const std::string& name) const {
  if (c.samples == 0 && !c.recorded) return (*this)(Msg::verdict_no_samples_through, {time(c.through)});
  if (c.exceeds) return (*this)(Msg::verdict_exceeds_from, {limit_name(name), time(c.first_exceedance)});
  return (*this)(Msg::verdict_at_or_below_through, {limit_name(name), time(c.through)});
}

std::string Wording::verdict_word(const Compliance& c) const {
  if (c.samples == 0 && !c.recorded) return (*this)(Msg::word_no_samples);
  return (*this)(c.exceeds ? Msg::word_exceeds : Msg::word_at_or_below);
}

}  // namespace gwp::reporting
