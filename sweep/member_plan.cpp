#include "sweep/member_plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/csv_fields.hpp"
#include "core/errors.hpp"
#include "models/case_document.hpp"
#include "models/case_reader.hpp"
#include "models/diagnostics.hpp"
#include "models/input_text.hpp"
#include "models/overrides.hpp"
#include "sweep/rank_correlation.hpp"
#include "sweep/sampling.hpp"

namespace gwp::sweep {

namespace {

// The leading number of a value as written ("30 m/d" -> 30); NaN when it has none.
double leading_number(const std::string& text) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  return end == text.c_str() ? std::numeric_limits<double>::quiet_NaN() : v;
}

// The number a level stands for in the rank correlations: its leading number ("30 m/d"), or its
// place in the list (1, 2, ...) when it has none (a schedule, a list of layers), so that designs
// written in increasing order rank as they are written.
double level_number(const std::string& level, std::size_t index) {
  const double number = leading_number(level);
  return std::isnan(number) ? double(index + 1) : number;
}

MemberPlan list_members(const SweepFile& sweep) {
  std::ifstream in(sweep.list_file);
  if (!in) throw IoError("cannot read the list of members " + sweep.list_file);
  model::Diagnostics problems;
  MemberPlan plan;
  std::string line;
  int number = 0;
  // Problems are the sweep file's `file` key's, at their line of the CSV file.
  const auto at = [&](int line) { return model::Location{sweep.list_file, line, 1, "sweep.file"}; };
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a byte-order mark, as Excel writes
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (const auto bad = model::not_utf8(line)) {
      problems.add({sweep.list_file, number, bad->column, "sweep.file"}, model::not_utf8_message(*bad));
      continue;
    }
    std::vector<std::string> fields = csv_split(line);
    if (plan.keys.empty()) {
      plan.keys = fields;
      for (std::size_t c = 0; c < fields.size(); ++c)
        if (fields[c].empty()) problems.add(at(number), "column " + std::to_string(c + 1) + " has no key");
      continue;
    }
    if (fields.size() != plan.keys.size()) {
      problems.add(at(number), "a member of " + std::to_string(fields.size()) + (fields.size() == 1 ? " value" : " values") +
                                   " (the header has " + std::to_string(plan.keys.size()) + " keys)");
      continue;
    }
    Member m;
    m.number = plan.members.size() + 1;
    for (std::size_t c = 0; c < fields.size(); ++c) {
      m.values.push_back(fields[c]);
      m.numbers.push_back(leading_number(fields[c]));
      m.overrides.push_back(plan.keys[c] + "=" + fields[c]);
    }
    if (plan.override_columns.empty())
      for (std::size_t c = 0; c < fields.size(); ++c) plan.override_columns.push_back(c);
    plan.members.push_back(std::move(m));
  }
  if (plan.keys.empty() && problems.empty()) problems.add(at(1), "no header of keys (expected one key a column)");
  else if (plan.members.empty() && problems.empty()) problems.add(at(number), "no members (expected a row of values after the header)");
  problems.throw_if_any();
  return plan;
}

// The base case's value at `key` times `factor`, as --set takes it; nullopt with *error.
std::optional<std::string> scaled(const toml::node& node, double factor, std::string* error) {
  const auto one = [&](const toml::node& n) -> std::optional<std::string> {
    if (const auto* i = n.as_integer()) return value_text(double(i->get()) * factor, "");
    if (const auto* f = n.as_floating_point()) return value_text(f->get() * factor, "");
    if (const auto* s = n.as_string()) {
      const std::string& text = s->get();
      char* end = nullptr;
      const double v = std::strtod(text.c_str(), &end);
      std::string unit(end);
      unit.erase(0, unit.find_first_not_of(' '));
      if (end != text.c_str() && !unit.empty()) return "\"" + value_text(v * factor, unit) + "\"";
    }
    return std::nullopt;
  };
  // A time as written: a number of days, or a string (a duration or a date) kept in quotes.
  const auto as_written = [](const toml::node& n) -> std::optional<std::string> {
    if (const auto* s = n.as_string()) return "\"" + s->get() + "\"";
    if (const auto* i = n.as_integer()) return std::to_string(i->get());
    if (const auto* f = n.as_floating_point()) return value_text(f->get(), "");
    return std::nullopt;
  };
  if (const auto* array = node.as_array(); array && !array->empty()) {
    std::string out = "[";
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& e = *array->get(i);
      std::optional<std::string> v;
      if (const auto* pair = e.as_array()) {
        // A schedule's [time, value]: the value scaled, the time kept.
        if (pair->size() == 2) {
          const auto t = as_written(*pair->get(0));
          const auto x = one(*pair->get(1));
          if (t && x) v = "[" + *t + ", " + *x + "]";
        }
      } else {
        v = one(e);
      }
      if (!v) break;
      out += (i ? ", " : "") + *v;
      if (i + 1 == array->size()) return out + "]";
    }
  } else if (auto v = one(node)) {
    if (v->front() == '"') return v->substr(1, v->size() - 2);  // a single quantity needs no quotes
    return v;
  }
  std::ostringstream found;
  found << node.type();
  *error = "a scale multiplies a number, a quantity (\"300 mm/yr\"), a list of them or a schedule of [time, value] pairs; the base case has " +
           (node.is_array() ? std::string("a list that holds other values") : "a " + found.str()) + " there";
  return std::nullopt;
}

}  // namespace

void check_collect(const SweepFile& sweep) {
  const model::Case base = model::read_case(sweep.base, {});
  model::Diagnostics problems;
  std::string names;
  for (const model::Species& s : base.species) names += (names.empty() ? "" : ", ") + s.name;
  for (std::size_t i = 0; i < sweep.collect.species.size(); ++i) {
    bool known = false;
    for (const model::Species& s : base.species) known = known || s.name == sweep.collect.species[i];
    if (!known)
      problems.add(sweep.collect.species_where[i], "the base case has no species '" + sweep.collect.species[i] +
                                                       "' (its species: " + names + ")");
  }
  std::string outputs;
  for (double t : base.time.outputs) outputs += (outputs.empty() ? "" : ", ") + value_text(t, "d");
  for (std::size_t i = 0; i < sweep.collect.times.size(); ++i) {
    const double t = sweep.collect.times[i];
    bool stored = false;
    for (double o : base.time.outputs) stored = stored || std::abs(o - t) <= 1e-9 * std::max(1.0, std::abs(t));
    if (!stored)
      problems.add(sweep.collect.times_where[i], value_text(t, "d") +
                                                     " is not an output time of the base case, so no member stores it "
                                                     "(its output times: " + outputs + "; add it to [time] outputs)");
  }
  problems.throw_if_any();
}

std::string value_text(double value, const std::string& unit) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return unit.empty() ? std::string(buffer) : std::string(buffer) + " " + unit;
}

MemberPlan plan_members(const SweepFile& sweep) {
  if (sweep.method == Method::list) return list_members(sweep);
  MemberPlan plan;
  for (std::size_t c = 0; c < sweep.parameters.size(); ++c) {
    plan.keys.push_back(sweep.parameters[c].key);
    for (std::size_t j = 0; j < sweep.parameters[c].keys.size(); ++j) plan.override_columns.push_back(c);
  }
  const std::size_t k = sweep.parameters.size();

  // The base case's values under the scaled keys: [parameter][key].
  std::vector<std::vector<const toml::node*>> base_value(k);
  model::Diagnostics problems;
  std::optional<toml::table> document;
  for (std::size_t c = 0; c < k; ++c) {
    if (sweep.parameters[c].mode != Parameter::Mode::scale) continue;
    if (!document) {
      std::vector<std::string> files;
      model::Diagnostics load_problems;
      document = model::load_case_document(sweep.base, load_problems, files);
      load_problems.throw_if_any();
    }
    for (const std::string& key : sweep.parameters[c].keys) {
      std::string error;
      base_value[c].push_back(document ? model::find_value(*document, key, &error) : nullptr);
      if (!base_value[c].back()) problems.add(sweep.parameters[c].where, "scale of " + key + ": " + error);
    }
  }
  problems.throw_if_any();

  if (sweep.method == Method::grid) {
    std::vector<std::size_t> counts;
    for (const Parameter& p : sweep.parameters) counts.push_back(p.levels.size());
    for (const auto& levels : grid_levels(counts)) {
      Member m;
      m.number = plan.members.size() + 1;
      for (std::size_t c = 0; c < k; ++c) {
        m.values.push_back(sweep.parameters[c].levels[levels[c]]);
        m.numbers.push_back(level_number(m.values.back(), levels[c]));
        for (const std::string& key : sweep.parameters[c].keys) m.overrides.push_back(key + "=" + m.values.back());
      }
      plan.members.push_back(std::move(m));
    }
    return plan;
  }

  // Sampled parameters get their values from the sample; parameters with levels are designs,
  // each combination of their levels run with the same sample (common random numbers, so that
  // designs differ by the design alone).
  std::vector<std::size_t> sampled, designs;
  for (std::size_t c = 0; c < k; ++c)
    (sweep.parameters[c].mode == Parameter::Mode::levels ? designs : sampled).push_back(c);
  const std::size_t ks = sampled.size();
  const Probabilities u = sweep.method == Method::latin_hypercube ? latin_hypercube(sweep.members, ks, sweep.seed)
                                                                   : monte_carlo(sweep.members, ks, sweep.seed);
  std::vector<std::vector<double>> values(sweep.members, std::vector<double>(ks, 0.0));
  for (std::size_t i = 0; i < sweep.members; ++i)
    for (std::size_t j = 0; j < ks; ++j) values[i][j] = quantile(sweep.parameters[sampled[j]].distribution, u[i][j]);
  if (!sweep.correlations.empty()) {
    std::vector<std::vector<double>> target(ks, std::vector<double>(ks, 0.0));
    for (std::size_t j = 0; j < ks; ++j) target[j][j] = 1.0;
    const auto column = [&](std::size_t c) { return std::size_t(std::find(sampled.begin(), sampled.end(), c) - sampled.begin()); };
    for (const Correlation& corr : sweep.correlations)
      target[column(corr.a)][column(corr.b)] = target[column(corr.b)][column(corr.a)] = corr.rank;
    try {
      // Its own stream: the values do not change with the correlations, only their pairing.
      impose_rank_correlation(values, target, sweep.seed ^ 0x9e3779b97f4a7c15ULL);
    } catch (const std::invalid_argument& e) {
      problems.add(sweep.correlations.front().where, e.what());
      problems.throw_if_any();
    }
  }
  std::vector<std::size_t> level_counts;
  for (std::size_t c : designs) level_counts.push_back(sweep.parameters[c].levels.size());
  const std::vector<std::vector<std::size_t>> combinations =
      designs.empty() ? std::vector<std::vector<std::size_t>>{{}} : grid_levels(level_counts);
  for (const std::vector<std::size_t>& combination : combinations)
    for (std::size_t i = 0; i < sweep.members; ++i) {
      Member m;
      m.number = plan.members.size() + 1;
      std::size_t j = 0, d = 0;
      for (std::size_t c = 0; c < k; ++c) {
        const Parameter& p = sweep.parameters[c];
        if (p.mode == Parameter::Mode::levels) {
          m.numbers.push_back(level_number(p.levels[combination[d]], combination[d]));
          m.values.push_back(p.levels[combination[d++]]);
          for (const std::string& key : p.keys) m.overrides.push_back(key + "=" + m.values.back());
        } else if (p.mode == Parameter::Mode::scale) {
          // Each key's own value times the one factor; the plan shows the first key's.
          const double factor = values[i][j++];
          for (std::size_t q = 0; q < p.keys.size(); ++q) {
            std::string error;
            const std::optional<std::string> v = scaled(*base_value[c][q], factor, &error);
            if (!v) {
              problems.add(p.where, "scale of " + p.keys[q] + ": " + error);
              problems.throw_if_any();
            }
            if (q == 0) m.values.push_back(*v);
            m.overrides.push_back(p.keys[q] + "=" + *v);
          }
          m.numbers.push_back(factor);
        } else {
          const double value = values[i][j++];
          // A quantity as text: --set takes text that is no TOML value as a string.
          m.values.push_back(value_text(value, p.unit));
          m.numbers.push_back(value);
          for (const std::string& key : p.keys) m.overrides.push_back(key + "=" + m.values.back());
        }
      }
      plan.members.push_back(std::move(m));
    }
  return plan;
}

void check_members(const SweepFile& sweep, const MemberPlan& plan, std::size_t most) {
  std::vector<model::Diagnostic> problems;
  std::size_t more = 0;
  for (const Member& m : plan.members) {
    try {
      model::read_case(sweep.base, m.overrides);
    } catch (const model::InputError& e) {
      for (model::Diagnostic d : e.problems) {
        if (problems.size() >= most) {
          ++more;
          continue;
        }
        // An override's problem names the member and the parameter (its --set line is the column).
        if (d.where.file == model::kOverrideSource && d.where.line >= 1 &&
            std::size_t(d.where.line) <= plan.override_columns.size()) {
          const std::size_t c = plan.override_columns[std::size_t(d.where.line) - 1];
          d.message = "member " + std::to_string(m.number) + ", " + plan.keys[c] + " = " + m.values[c] + ": " + d.message;
          d.where = c < sweep.parameters.size() ? sweep.parameters[c].where
                                                : model::Location{sweep.list_file, int(m.number) + 1, 1, plan.keys[c]};
        } else {
          d.message = "member " + std::to_string(m.number) + ": " + d.message;
        }
        problems.push_back(std::move(d));
      }
    }
  }
  if (more > 0)
    problems.push_back({model::Location{sweep.path, 1, 1, ""}, "and " + std::to_string(more) + " more problems of the members"});
  if (!problems.empty()) throw model::InputError(std::move(problems));
}

}  // namespace gwp::sweep
