#include "models/observation_csv.hpp"

#include <algorithm>

#include "core/csv_records.hpp"
#include "models/input_text.hpp"
#include "models/number_text.hpp"
#include "models/observation_fields.hpp"
#include "models/suggest.hpp"
#include "models/units.hpp"

namespace gwp::model {

namespace {

// " (did you mean 'MW-1'?)", or the known names when none is close and there are few.
std::string suggestion(const std::string& word, const std::vector<std::string>& known) {
  if (const auto n = nearest(word, known)) return " (did you mean '" + printable_text(*n) + "'?)";
  if (known.empty()) return " (none are declared)";
  if (known.size() <= 8) {
    // Header names may come from a binary file: shown escaped and cut short.
    std::vector<std::string> shown;
    for (const std::string& k : known) shown.push_back(printable_text(k));
    return " (expected one of: " + join(shown) + ")";
  }
  return "";
}

// The factor from `unit` to mg/L, or nullopt with *error.
std::optional<double> concentration_factor(const std::string& unit, std::string* error) {
  const auto parsed = parse_unit(unit, error);
  if (!parsed) return std::nullopt;
  return factor_to_internal(*parsed, unit, Dimension::concentration, error);
}

struct RowReader {
  const std::string& file;
  const ObservationRules& rules;
  Diagnostics& d;

  Location at(int line, int column, const std::string& role) const {
    return Location{file, line, column, rules.key + "." + role};
  }
};

}  // namespace

std::vector<Observation> parse_observation_csv(std::string_view text, const std::string& file_name,
                                               const ObservationRules& rules, Diagnostics& d) {
  const RowReader r{file_name, rules, d};
  if (const auto bad = not_utf8(text)) {
    // Its names and values could only be garbled: said once, where the text stops being text.
    d.add(r.at(bad->line, bad->column, "file"), not_utf8_message(*bad));
    return {};
  }
  const std::vector<CsvRecord> records = csv_records(text);
  if (records.empty()) {
    d.add(r.at(1, 1, "file"), "no header and no rows (expected a header such as point,time,species,value,unit)");
    return {};
  }
  // Which field of a row holds each column, from the header's names.
  const CsvRecord& header = records.front();
  std::vector<std::string> names;
  for (const CsvField& f : header.fields) names.push_back(f.text);
  const auto find = [&](const std::string& name) -> std::optional<std::size_t> {
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) return std::nullopt;
    return std::size_t(it - names.begin());
  };
  const ObservationColumns& c = rules.columns;
  const std::pair<const char*, const std::string*> required[] = {
      {"point", &c.point}, {"time", &c.time}, {"species", &c.species}, {"value", &c.value}};
  std::map<std::string, std::size_t> column;
  bool header_ok = true;
  for (const auto& [role, name] : required) {
    if (const auto i = find(*name)) {
      column[role] = *i;
      continue;
    }
    header_ok = false;
    d.add(r.at(header.line, 1, std::string("columns.") + role),
          "no column '" + *name + "' in the header" + suggestion(*name, names));
  }
  const auto unit_column = find(c.unit);
  if (!unit_column && c.unit_named) {
    header_ok = false;
    d.add(r.at(header.line, 1, "columns.unit"), "no column '" + c.unit + "' in the header" + suggestion(c.unit, names));
  }
  std::string unit_error;
  const auto default_factor = concentration_factor(rules.units, &unit_error);
  if (!header_ok || !default_factor) return {};  // the case's own problems are reported where it names them

  std::vector<Observation> out;
  for (std::size_t row = 1; row < records.size(); ++row) {
    const CsvRecord& rec = records[row];
    bool ok = true;
    // The field of `role`; a row too short for it is reported at its end.
    const auto field = [&](const std::string& role, std::size_t index) -> const CsvField* {
      if (index < rec.fields.size()) return &rec.fields[index];
      const CsvField& last = rec.fields.back();
      d.add(r.at(rec.line, last.column + int(last.text.size()), role),
            "the row has " + std::to_string(rec.fields.size()) + " fields, expected a field under '" + printable_text(names[index]) +
                "' (column " + std::to_string(index + 1) + " of the header)");
      ok = false;
      return nullptr;
    };
    // A row wider than the header has a value that no column names: a shifted row, or a comma
    // inside a value that should have been quoted. Empty fields at the end are what
    // spreadsheets add and are harmless.
    for (std::size_t k = names.size(); k < rec.fields.size(); ++k) {
      if (rec.fields[k].text.empty() && !rec.fields[k].quoted) continue;
      d.add(r.at(rec.line, rec.fields[k].column, "file"),
            "the row has a value beyond the header's " + std::to_string(names.size()) + " columns (found " +
                shown_text(rec.fields[k].text) + " in field " + std::to_string(k + 1) + ")");
      ok = false;
      break;
    }
    Observation o;
    const CsvField* point = field("point", column["point"]);
    const CsvField* time = field("time", column["time"]);
    const CsvField* species = field("species", column["species"]);
    const CsvField* value = field("value", column["value"]);
    const CsvField* unit = unit_column && *unit_column < rec.fields.size() ? &rec.fields[*unit_column] : nullptr;
    if (point) {
      o.point = point->text;
      const auto known = [&](const std::vector<std::string>& names) {
        return std::find(names.begin(), names.end(), o.point) != names.end();
      };
      if (known(rules.other_receptors)) {
        d.add(r.at(rec.line, point->column, "point"),
              "'" + printable_text(o.point) + "' is a receptor on a boundary or well (expected a monitoring point or point receptor)");
        ok = false;
      } else if (!known(rules.points)) {
        d.add(r.at(rec.line, point->column, "point"),
              "no monitoring point or point receptor named '" + printable_text(o.point) + "'" + suggestion(o.point, rules.points));
        ok = false;
      }
    }
    if (species) {
      const auto it = rules.species.find(species->text);
      if (it != rules.species.end()) {
        o.species = it->second;
      } else {
        d.add(r.at(rec.line, species->column, "species"),
              "species '" + printable_text(species->text) + "' is not declared in [[species]]" +
                  suggestion(species->text, rules.species_names));
        ok = false;
      }
    }
    if (time) {
      std::string error;
      if (const auto t = observation_time(time->text, rules.start, &error)) {
        o.time = *t;
        if (*t < 0.0 || *t > rules.end) {
          d.add(r.at(rec.line, time->column, "time"),
                "outside the run (found " + shown_text(time->text) + " = " + number_text(*t) + " d, expected a time in [0, " +
                    number_text(rules.end) + "] d)");
          ok = false;
        }
      } else {
        d.add(r.at(rec.line, time->column, "time"), error);
        ok = false;
      }
    }
    double factor = *default_factor;
    if (unit && !unit->text.empty()) {
      std::string error;
      if (const auto f = concentration_factor(unit->text, &error)) {
        factor = *f;
      } else {
        d.add(r.at(rec.line, unit->column, "unit"), printable_text(error, 200) + " (found " + shown_text(unit->text) + ")");
        ok = false;
      }
    }
    if (value) {
      std::string error;
      // The detection limit is in mg/L; the value's own unit converts both alike.
      const std::optional<double> limit =
          rules.detection_limit ? std::optional<double>(*rules.detection_limit / factor) : std::nullopt;
      if (const auto v = observed_value(value->text, limit, &error)) {
        o.value = v->value * factor;
        o.censored = v->censored;
        if (!(o.value <= kLargestQuantity)) {
          // "1e308 g/L": finite as written, infinite in mg/L.
          d.add(r.at(rec.line, value->column, "value"),
                "too large (found " + shown_text(value->text) + ", expected a concentration of at most " +
                    number_text(kLargestQuantity) + " mg/L)");
          ok = false;
        }
      } else {
        d.add(r.at(rec.line, value->column, "value"), error);
        ok = false;
      }
      o.where = r.at(rec.line, value->column, "value");
    }
    if (ok) out.push_back(std::move(o));
  }
  return out;
}

}  // namespace gwp::model
