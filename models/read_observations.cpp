// [[observations]]: concentrations measured in the field, each entry a CSV file and how to read
// it. Read after [time] and [[monitoring]]: rows name points and species and may give dates.
#include "models/input_text.hpp"
#include "models/observation_csv.hpp"
#include "models/read_sections.hpp"

namespace gwp::model {

namespace {

// The column names `columns = { point = "监测井", ... }` gives, over the defaults.
ObservationColumns read_columns(Section& s) {
  ObservationColumns c;
  auto table = s.table("columns");
  if (!table) return c;
  for (auto [key, target] : {std::pair<const char*, std::string*>{"point", &c.point}, {"time", &c.time},
                             {"species", &c.species}, {"value", &c.value}, {"unit", &c.unit}}) {
    const Field f = table->get(key);
    const auto name = f.string();
    if (!name) continue;
    if (name->empty()) {
      f.error("empty column name (expected the header of the column, such as \"" + std::string(key) + "\")");
      continue;
    }
    *target = *name;
    if (std::string_view(key) == "unit") c.unit_named = true;
  }
  return c;
}

// Every name a row's species may be written as: the species' name and its labels.
void add_species(const Case& c, ObservationRules& rules) {
  for (const Species& sp : c.species) {
    rules.species_names.push_back(sp.name);
    rules.species.emplace(sp.name, sp.name);
  }
  for (const Species& sp : c.species)  // a label never hides another species' name
    for (const std::string& label : {sp.label, sp.label_zh})
      if (!label.empty()) rules.species.emplace(label, sp.name);
}

}  // namespace

void read_observations(Section& root, Case& c) {
  ObservationRules base;
  for (const Monitoring& m : c.monitoring) base.points.push_back(m.name);
  for (const Receptor& r : c.receptors)
    (r.kind == Receptor::Kind::point ? base.points : base.other_receptors).push_back(r.name);
  add_species(c, base);
  base.start = root.reader().start;
  base.end = c.time.end;

  for (Section& s : root.tables("observations")) {
    ObservationRules rules = base;
    rules.key = s.path();
    rules.columns = read_columns(s);
    bool usable = true;
    const Field units = s.get("units");
    if (auto u = units.string()) {
      std::string error;
      if (to_internal("1 " + *u, Dimension::concentration, &error)) rules.units = *u;
      else units.error(error + " (found \"" + *u + "\")"), usable = false;
    } else if (units) {
      usable = false;
    }
    if (s.has("detection_limit")) {
      rules.detection_limit = s.quantity("detection_limit", Dimension::concentration, Range::positive());
      usable = usable && rules.detection_limit.has_value();
    }
    const Field file = s.require("file");
    const auto path = file.string();
    if (!path) continue;
    std::string problem;
    const std::optional<std::string> text = read_text_file(*path, std::nullopt, &problem);
    if (!text) {
      // Missing, a folder, a device, or not readable (its permissions): said as such.
      file.error(problem == "no such file" ? "file not found (found \"" + *path + "\")" : "\"" + *path + "\" " + problem);
      continue;
    }
    if (!usable || c.time.end <= 0.0) continue;  // reported where the case says it
    Diagnostics problems;
    std::vector<Observation> rows = parse_observation_csv(*text, *path, rules, problems);
    for (const Diagnostic& p : problems.items()) root.reader().error(p.where, p.message);
    c.observations.insert(c.observations.end(), rows.begin(), rows.end());
  }
}

}  // namespace gwp::model
