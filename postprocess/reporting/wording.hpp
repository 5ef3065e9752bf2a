// How a report or a comparison words what it shows: its language (messages.hpp) and the calendar
// date of t = 0, when the result has one (root attribute start_date), so that every time a reader
// sees is a date ("2031-05-14"); without a start date times are days and years ("1826 d (5 yr)").
// The names the result uses as identifiers (species, receptor kinds, budget terms, well states)
// are turned into words here, and only here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "postprocess/reporting/messages.hpp"
#include "results/result_features.hpp"

namespace gwp::reporting {

struct Compliance;

struct Wording {
  Language language = Language::en;
  std::optional<Date> start;  // the date of t = 0; empty: times in days

  // The message in this language, {1}, {2} ... replaced by `args`.
  std::string operator()(Msg id, const std::vector<std::string>& args = {}) const;

  // A model time (d since t = 0): its date with a start date, else "1826 d (5 yr)"; "—" for NaN.
  std::string time(double days) const;
  // Several times, joined; "—" when there are none.
  std::string times(const std::vector<double>& days) const;
  // Items joined as the language lists them ("a, b" / "a、b").
  std::string join(const std::vector<std::string>& items) const;
  // The same with the last joined by "and": "a, b and c" / "a、b、c".
  std::string join_and(const std::vector<std::string>& items) const;
  // When something happened: "on 2010-01-01" with a start date, else "at 1826.25 d (5 yr)" (于… in
  // Chinese).
  std::string moment(double days) const;

  // The species as readers know it: its name in English, its Chinese name (label_zh, e.g. 氨氮)
  // in Chinese.
  std::string species(const results::SpeciesLimits& species) const;
  // The species by the label the result gives it: label ("NH₃-N") in English, label_zh ("氨氮") in
  // Chinese; its name when the result has neither.
  std::string species_label(const results::SpeciesLimits& species) const;
  // A limit's name as ComplianceLimit gives it ("class IV", "case limit"): "IV类", "算例限值".
  std::string limit_name(const std::string& name) const;
  // "class IV 1.5 mg/L" / "IV类 1.5 mg/L"; the value with format_figure.
  std::string limit(const std::string& name, double value, const std::string& units) const;
  // Receptor kinds of result_figures.hpp, feature kinds ("well", "abandoned_well", "monitoring"),
  // abandoned-well states, budget kinds ("river", "general_head" ...) and budget terms
  // ("river:Yu river", "storage:dissolved"); an identifier without a translation is shown as is.
  std::string receptor_kind(const std::string& kind) const;
  std::string feature_kind(const std::string& kind) const;
  std::string well_state(const std::string& state) const;
  std::string budget_kind(const std::string& kind) const;
  std::string budget_term(const std::string& term) const;
  // A run's status ("complete", "interrupted", "failed").
  std::string status(const std::string& status) const;

  // "at or below class IV through 2055-01-01", "exceeds class IV from 2006-07-21", "no samples
  // through ..." (达标/超标 in Chinese); `limit_name` as ComplianceLimit gives it.
  std::string verdict(const Compliance& compliance, const std::string& limit_name) const;
  // The short word for a verdict table cell: "exceeds" / "at or below" / "no samples".
  std::string verdict_word(const Compliance& compliance) const;
};

}  // namespace gwp::reporting
