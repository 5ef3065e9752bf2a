// A sweep file: one base case run many times with changed keys, and what to collect. Read
// strictly, like a case file: every problem is reported at once with its file, line, column and
// key (model::InputError, exit 2), before any member is planned.
//
//   [sweep]                      name, base (a case file, relative to the sweep file), method
//                                (latin_hypercube | monte_carlo | grid | list), members (not for
//                                grid or list), seed, file (list: a CSV of members)
//   [[sweep.parameter]]          key (as --set takes it) and one of: distribution = {...} (the
//                                value), scale = {...} (a factor on the base value), levels = [...]
//   [[sweep.correlation]]        keys = [a, b], rank = r (Spearman, sampled parameters)
//   [sweep.collect]              species, times, percentiles, keep (metrics | all)
//
// Values of a distribution carry units ("30 m/d"), all of one dimension; members get them in the
// unit written first, so the case reader checks each member's value as it checks the file.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "models/case.hpp"
#include "sweep/distribution.hpp"

namespace gwp::sweep {

enum class Method { latin_hypercube, monte_carlo, grid, list };
std::string to_string(Method method);

struct Parameter {
  std::string key;              // the case key, as --set takes it; several joined by " & "
  std::vector<std::string> keys;  // every key the parameter sets (key = [...]: the same value, or
                                  // each key's own value scaled by the same factor)
  model::Location where;        // of the [[sweep.parameter]] table
  enum class Mode { value, scale, levels } mode = Mode::value;
  Distribution distribution;    // value: in `unit`; scale: a factor (dimensionless)
  std::string unit;             // unit of the values as written first ("m/d"); "" for plain numbers
  std::vector<std::string> levels;  // levels: the values as --set takes them (30 m)
};

struct Correlation {
  std::size_t a = 0, b = 0;     // parameter indices
  double rank = 0.0;            // Spearman
  model::Location where;
};

struct Collect {
  model::Location where;             // of [sweep.collect] (of [sweep] when absent)
  std::vector<std::string> species;  // empty: every species
  std::vector<double> times;         // d; empty: every output time of the base case
  std::vector<model::Location> species_where, times_where;  // of each name and time, for messages
  std::vector<double> percentiles{5.0, 50.0, 95.0};
  bool keep_all = true;              // keep = "all" (default); "metrics": members shed their fields once collected
};

struct SweepFile {
  std::string path;             // the sweep file
  std::string name;
  std::string base;             // the base case, absolute
  Method method = Method::latin_hypercube;
  std::size_t members = 0;      // latin_hypercube, monte_carlo
  std::uint64_t seed = 0;
  std::string list_file;        // list: the CSV, absolute
  std::vector<Parameter> parameters;
  std::vector<Correlation> correlations;
  Collect collect;
};

// Reads and checks `path`. Throws model::InputError with every problem, or IoError when the file
// cannot be read.
SweepFile read_sweep_file(const std::string& path);

}  // namespace gwp::sweep
