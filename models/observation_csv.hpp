// Observed concentrations from a CSV file ([[observations]], docs/case-format.md): one row per
// sample, with columns for the point, the time or date, the species, the value and (optionally)
// the unit, found by their header names. Every problem is reported where it is in the file
// (line and column of the field) under the entry's key, and all of them at once.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "models/case.hpp"
#include "models/diagnostics.hpp"

namespace gwp::model {

// The header names of the columns; `unit` may be absent from the file unless it was named.
struct ObservationColumns {
  std::string point = "point", time = "time", species = "species", value = "value", unit = "unit";
  bool unit_named = false;  // the case named the unit column, so the file must have it
};

// What a row is checked against.
struct ObservationRules {
  std::string key;                          // "observations[0]", the prefix of every problem's key
  ObservationColumns columns;
  std::string units = "mg/L";               // of a value whose row gives no unit
  std::optional<double> detection_limit;    // mg/L, for values written as "not detected"
  std::vector<std::string> points;          // monitoring points and point receptors
  std::vector<std::string> other_receptors; // receptors on boundaries and wells (named to explain)
  // Every species by its name; also by its labels (NH₃-N, 氨氮), mapped to the name.
  std::map<std::string, std::string> species;
  std::vector<std::string> species_names;   // for suggestions
  std::optional<Date> start;                // [time] start
  double end = 0.0;                         // d, [time] end: observations must fall in [0, end]
};

// The observations of `text` (the file `file_name`), in file order; problems go to `d`, each at
// the file's line and column. Rows with a problem are left out.
std::vector<Observation> parse_observation_csv(std::string_view text, const std::string& file_name,
                                               const ObservationRules& rules, Diagnostics& d);

}  // namespace gwp::model
