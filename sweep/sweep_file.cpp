#include "sweep/sweep_file.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <tuple>
#include <toml++/toml.h>

#include "core/errors.hpp"
#include "models/diagnostics.hpp"
#include "models/input_text.hpp"
#include "models/number_text.hpp"
#include "models/toml_reader.hpp"
#include "models/units.hpp"

namespace gwp::sweep {

namespace fs = std::filesystem;
using model::Dimension;
using model::Field;
using model::Range;
using model::Section;

namespace {

// The values of one parameter: plain numbers, or quantities all of one dimension, taken in the
// unit written first.
// True when `text` begins with a number ("30 m/d", "-2", "1e-4 m/s"), so is meant as a quantity.
bool starts_with_number(const std::string& text) {
  char* end = nullptr;
  std::strtod(text.c_str(), &end);
  return end != text.c_str();
}

class ParameterValues {
 public:
  explicit ParameterValues(std::string& unit) : unit_(&unit) {}

  std::optional<double> read(const Field& f) {
    if (!f) return std::nullopt;
    if (const auto* i = f.node()->as_integer()) {
      if (!large_ok(f, double(i->get()))) return std::nullopt;
      return plain(f, double(i->get()));
    }
    if (const auto* d = f.node()->as_floating_point()) {
      if (!std::isfinite(d->get())) {
        f.error("not a finite number (found " + f.text() + ")");
        return std::nullopt;
      }
      if (!large_ok(f, d->get())) return std::nullopt;
      return plain(f, d->get());
    }
    const auto* s = f.node()->as_string();
    if (!s) {
      f.wrong_type("a number or a quantity such as \"30 m/d\"");
      return std::nullopt;
    }
    const std::string& text = s->get();
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    std::string unit_text(end);
    unit_text.erase(0, unit_text.find_first_not_of(' '));
    unit_text.erase(unit_text.find_last_not_of(' ') + 1);
    if (end == text.c_str() || !std::isfinite(number)) {
      f.error("not a quantity (found " + f.text() + ", expected a number and a unit such as \"30 m/d\")");
      return std::nullopt;
    }
    if (!large_ok(f, number)) return std::nullopt;
    if (unit_text.empty()) return plain(f, number);
    std::string problem;
    const std::optional<model::Unit> unit = model::parse_unit(unit_text, &problem);
    if (!unit) {
      f.error(problem + " (found " + f.text() + ")");
      return std::nullopt;
    }
    if (state_ == State::plain) {
      f.error("a quantity among plain numbers (found " + f.text() + "; give every value of the parameter a unit, or none)");
      return std::nullopt;
    }
    if (state_ == State::none) {
      state_ = State::units;
      first_ = *unit;
      *unit_ = unit_text;
      return number;
    }
    if (unit->exponents != first_.exponents) {
      f.error("unit '" + unit_text + "' is " + model::describe(unit->exponents) + ", the parameter's first value is " +
              model::describe(first_.exponents) + " (found " + f.text() + ")");
      return std::nullopt;
    }
    // In the first value's unit.
    return number * (unit->numerator / unit->denominator) / (first_.numerator / first_.denominator);
  }

 private:
  // As the case reader refuses them (kLargestQuantity): 1e308 as a mean or a bound would give
  // members infinite values, or sample nothing but overflow.
  static bool large_ok(const Field& f, double v) {
    if (std::abs(v) <= model::kLargestQuantity) return true;
    f.error("too large (found " + f.text() + ", expected a magnitude of at most " + model::number_text(model::kLargestQuantity) + ")");
    return false;
  }

  std::optional<double> plain(const Field& f, double v) {
    if (state_ == State::units) {
      f.error("a plain number among quantities (found " + f.text() + ", expected a value in " + *unit_ + " such as \"" +
              std::to_string(v) + " " + *unit_ + "\")");
      return std::nullopt;
    }
    state_ = State::plain;
    return v;
  }

  enum class State { none, plain, units } state_ = State::none;
  model::Unit first_;
  std::string* unit_;
};

std::optional<Distribution> read_distribution(Section& d, std::string& unit, bool scale) {
  Distribution out;
  const Field type_field = d.require("type");
  const auto type = type_field.choice<Distribution::Type>({{"uniform", Distribution::Type::uniform},
                                                           {"loguniform", Distribution::Type::loguniform},
                                                           {"normal", Distribution::Type::normal},
                                                           {"lognormal", Distribution::Type::lognormal},
                                                           {"triangular", Distribution::Type::triangular},
                                                           {"choice", Distribution::Type::choice}});
  if (!type) {
    d.allow({"min", "max", "mode", "mean", "sd", "median", "sigma_log10", "values", "lower", "upper"});
    return std::nullopt;
  }
  out.type = *type;
  ParameterValues values(unit);
  bool ok = true;
  const auto value = [&](std::string_view key, double& into) {
    const std::optional<double> v = values.read(d.require(key));
    if (v) into = *v;
    else ok = false;
  };
  using T = Distribution::Type;
  switch (out.type) {
    case T::uniform:
    case T::loguniform:
      value("min", out.a);
      value("max", out.b);
      break;
    case T::triangular:
      value("min", out.a);
      value("mode", out.c);
      value("max", out.b);
      break;
    case T::normal:
      value("mean", out.a);
      value("sd", out.b);
      break;
    case T::lognormal: {
      value("median", out.a);
      const std::optional<double> s = d.quantity("sigma_log10", Dimension::dimensionless, Range::positive(), true);
      if (s) out.b = *s;
      else ok = false;
      break;
    }
    case T::choice: {
      const Field list = d.require("values");
      if (const auto elements = list.elements()) {
        if (elements->empty()) list.error("no values (expected at least one)");
        for (const Field& e : *elements) {
          if (const auto v = values.read(e)) out.choices.push_back(*v);
          else ok = false;
        }
      } else {
        ok = false;
      }
      break;
    }
  }
  for (const char* bound : {"lower", "upper"}) {
    const Field f = d.get(bound);
    if (!f) continue;
    if (out.type == T::choice) {
      d.not_applicable(bound, "a choice (list only the values wanted)");
      continue;
    }
    if (const auto v = values.read(f)) (std::string_view(bound) == "lower" ? out.lower : out.upper) = *v;
    else ok = false;
  }
  if (scale && !unit.empty()) {
    d.reader().error(d.where(), "a scale is a factor without a unit (found values in " + unit + ")");
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  for (const std::string& problem : distribution_problems(out))
    d.reader().error(d.where(), to_string(out.type) + " distribution " + problem);
  return distribution_problems(out).empty() ? std::optional<Distribution>(out) : std::nullopt;
}

std::optional<Parameter> read_parameter(Section& p) {
  Parameter out;
  out.where = p.where();
  // key = "a.b" or key = ["a.b", "c.d"]: one value (or factor) for several keys.
  std::optional<std::string> key;
  if (const Field k = p.require("key")) {
    if (k.node() && k.node()->is_array()) {
      if (const auto elements = k.elements()) {
        for (const Field& e : *elements)
          if (auto one = e.string()) out.keys.push_back(*one);
        if (elements->empty()) k.error("no keys (expected one key or a list of them)");
        else if (out.keys.size() == elements->size()) {
          key = out.keys.front();
          for (std::size_t i = 1; i < out.keys.size(); ++i) *key += " & " + out.keys[i];
        }
      }
    } else if ((key = k.string())) {
      out.keys = {*key};
    }
  }
  const bool has_distribution = p.has("distribution"), has_scale = p.has("scale"), has_levels = p.has("levels");
  // Taken without being read, so that a parameter refused for its key or for giving two of them
  // does not have them reported as unknown keys too ("unknown key 'levels' (did you mean 'levels'?)").
  const auto skip_values = [&p] {
    for (const char* k : {"distribution", "scale", "levels"}) (void)p.get(k);
  };
  if (int(has_distribution) + int(has_scale) + int(has_levels) != 1) {
    p.reader().error(p.where(), "needs exactly one of distribution, scale and levels");
    skip_values();
    return std::nullopt;
  }
  if (!key) {
    skip_values();
    return std::nullopt;
  }
  out.key = *key;
  if (has_levels) {
    out.mode = Parameter::Mode::levels;
    const Field levels = p.get("levels");
    const auto elements = levels.elements();
    if (!elements) return std::nullopt;
    if (elements->empty()) {
      levels.error("no levels (expected at least one)");
      return std::nullopt;
    }
    ParameterValues check(out.unit);
    for (const Field& e : *elements) {
      // Numbers and quantities are checked here (one dimension for all levels); any other value
      // (a schedule, a list of layers, a word, a boolean) is taken as written and checked by the
      // case reader with each member, as --set would be.
      const auto* s = e.node()->as_string();
      const bool number_like = e.node()->is_number() || (s && starts_with_number(s->get()));
      if (number_like && !check.read(e)) return std::nullopt;
      // As written: a string its text, anything else its TOML.
      if (s) out.levels.push_back(s->get());
      else out.levels.push_back(e.text());
    }
    return out;
  }
  out.mode = has_scale ? Parameter::Mode::scale : Parameter::Mode::value;
  std::optional<Section> d = p.table(has_scale ? "scale" : "distribution", true);
  if (!d) return std::nullopt;
  const std::optional<Distribution> dist = read_distribution(*d, out.unit, has_scale);
  if (!dist) return std::nullopt;
  out.distribution = *dist;
  return out;
}

}  // namespace

std::string to_string(Method method) {
  switch (method) {
    case Method::latin_hypercube: return "latin_hypercube";
    case Method::monte_carlo: return "monte_carlo";
    case Method::grid: return "grid";
    case Method::list: return "list";
  }
  return "?";
}

SweepFile read_sweep_file(const std::string& path) {
  model::Diagnostics diagnostics;
  std::string problem;
  const std::optional<std::string> text = model::read_text_file(path, model::kLargestTomlFile, &problem);
  if (!text) {
    // Missing or unreadable: an I/O error (exit 3); a folder, a device or a file too large to be
    // a sweep file: a mistake in the input, at its start (exit 2).
    if (problem == "no such file" || problem.starts_with("cannot be read"))
      throw IoError("cannot read the sweep file " + path + ": " + problem);
    diagnostics.add({path, 1, 1, ""}, "the sweep file " + problem);
    diagnostics.throw_if_any();
  }
  std::optional<toml::table> parsed = model::parse_toml(*text, path, diagnostics);
  diagnostics.throw_if_any();
  toml::table document = std::move(*parsed);
  SweepFile out;
  out.path = path;
  const fs::path dir = fs::absolute(path).parent_path();
  model::Reader reader(diagnostics);
  {
    Section root(reader, document, "", model::Location{path, 1, 1, ""});
    std::optional<Section> sweep = root.table("sweep", true);
    if (sweep) {
      if (auto name = sweep->string("name", true)) out.name = *name;
      const Field base = sweep->require("base");
      if (const auto b = base.string()) {
        out.base = (dir / *b).lexically_normal().string();
        if (!fs::is_regular_file(out.base)) base.error("no such case file (found " + base.text() + ", looked for " + out.base + ")");
      }
      const Field method = sweep->require("method");
      if (auto m = method.choice<Method>({{"latin_hypercube", Method::latin_hypercube},
                                          {"monte_carlo", Method::monte_carlo},
                                          {"grid", Method::grid},
                                          {"list", Method::list}}))
        out.method = *m;
      const bool sampled = out.method == Method::latin_hypercube || out.method == Method::monte_carlo;
      const Field members = sweep->get("members");
      if (sampled) {
        if (!members) reader.error(sweep->where_missing("members"), "missing key (a " + to_string(out.method) + " sweep needs its number of members)");
        else if (auto n = members.integer(Range{1.0, 1e6})) out.members = std::size_t(*n);
      } else if (members) {
        sweep->not_applicable("members", out.method == Method::grid ? "a grid (its members are the product of the levels)" : "a list (its members are the rows of its file)");
      }
      if (auto seed = sweep->get("seed").integer(Range::non_negative())) out.seed = std::uint64_t(*seed);
      else out.seed = 1;
      const Field file = sweep->get("file");
      if (out.method == Method::list) {
        if (!file) reader.error(sweep->where_missing("file"), "missing key (a list sweep needs its CSV file of members)");
        else if (const auto f = file.string()) {
          out.list_file = (dir / *f).lexically_normal().string();
          if (!fs::is_regular_file(out.list_file)) file.error("no such file (found " + file.text() + ", looked for " + out.list_file + ")");
        }
      } else if (file) {
        sweep->not_applicable("file", "a sweep whose method is not list");
      }

      std::map<std::string, std::size_t> index;
      std::size_t parameter_tables = 0;  // read or not
      for (Section& p : sweep->tables("parameter")) {
        ++parameter_tables;
        const model::Location where = p.where();
        std::optional<Parameter> parameter = read_parameter(p);
        if (!parameter) continue;
        if (index.count(parameter->key)) {
          reader.error(where, "parameter " + parameter->key + " is given twice");
          continue;
        }
        if (out.method == Method::grid && parameter->mode != Parameter::Mode::levels)
          reader.error(where, "a grid sweep takes levels = [...] for every parameter, not a distribution");
        if (out.method == Method::list)
          reader.error(where, "a list sweep takes its parameters from the header of its file, not [[sweep.parameter]]");
        index[parameter->key] = out.parameters.size();
        out.parameters.push_back(std::move(*parameter));
      }
      if ((out.method == Method::latin_hypercube || out.method == Method::monte_carlo) && !out.parameters.empty() &&
          out.parameters.size() == parameter_tables &&
          std::all_of(out.parameters.begin(), out.parameters.end(),
                      [](const Parameter& p) { return p.mode == Parameter::Mode::levels; }))
        reader.error(out.parameters.front().where,
                     "every parameter has levels: a sampled sweep needs at least one distribution or scale "
                     "(for levels alone, method = \"grid\")");
      if (out.method != Method::list && out.parameters.empty() && !sweep->has("parameter"))
        reader.error(sweep->where_missing("parameter"), "missing key (a sweep needs at least one [[sweep.parameter]])");

      for (Section& c : sweep->tables("correlation")) {
        Correlation corr;
        corr.where = c.where();
        const Field keys = c.require("keys");
        bool ok = true;
        if (const auto elements = keys.elements()) {
          if (elements->size() != 2) {
            keys.error("needs two parameter keys (found " + std::to_string(elements->size()) + ")");
            ok = false;
          }
          for (std::size_t e = 0; e < elements->size() && e < 2; ++e) {
            const auto k = (*elements)[e].string();
            if (!k) { ok = false; continue; }
            const auto it = index.find(*k);
            if (it == index.end() || out.parameters[it->second].mode == Parameter::Mode::levels) {
              (*elements)[e].error("not a sampled parameter of this sweep (found " + (*elements)[e].text() + ")");
              ok = false;
              continue;
            }
            (e == 0 ? corr.a : corr.b) = it->second;
          }
          if (ok && corr.a == corr.b) {
            keys.error("a parameter with itself");
            ok = false;
          }
        } else {
          ok = false;
        }
        const Field rank = c.require("rank");
        if (auto r = rank.quantity(Dimension::dimensionless, Range{-1.0, 1.0, true, true})) corr.rank = *r;
        else ok = false;
        if (ok) out.correlations.push_back(corr);
      }
      if (!out.correlations.empty() && out.method != Method::latin_hypercube && out.method != Method::monte_carlo)
        reader.error(out.correlations.front().where, "rank correlations apply to sampled sweeps (latin_hypercube, monte_carlo)");

      out.collect.where = sweep->where();
      if (std::optional<Section> collect = sweep->table("collect")) {
        out.collect.where = collect->where();
        out.collect.where.key = "sweep.collect.species";
        if (const Field species = collect->get("species")) {
          if (const auto elements = species.elements())
            for (const Field& e : *elements)
              if (auto s = e.string()) {
                out.collect.species.push_back(*s);
                out.collect.species_where.push_back(e.where());
              }
        }
        if (const Field times = collect->get("times")) {
          if (const auto elements = times.elements())
            for (const Field& e : *elements)
              if (auto t = e.quantity(Dimension::time, Range::non_negative())) {
                out.collect.times.push_back(*t);
                out.collect.times_where.push_back(e.where());
              }
        }
        if (const Field percentiles = collect->get("percentiles")) {
          out.collect.percentiles.clear();
          if (const auto elements = percentiles.elements())
            for (const Field& e : *elements)
              if (auto p = e.quantity(Dimension::dimensionless, Range{0.0, 100.0, true, true})) out.collect.percentiles.push_back(*p);
        }
        if (const Field keep = collect->get("keep"))
          if (auto k = keep.choice<bool>({{"metrics", false}, {"all", true}})) out.collect.keep_all = *k;
      }
    }
  }  // sections report their unknown keys here
  if (!diagnostics.empty()) {
    // In the order they stand in the file, as the case reader lists its problems.
    std::vector<model::Diagnostic> problems = diagnostics.items();
    std::stable_sort(problems.begin(), problems.end(), [](const model::Diagnostic& a, const model::Diagnostic& b) {
      return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
    });
    throw model::InputError(std::move(problems));
  }
  return out;
}

}  // namespace gwp::sweep
