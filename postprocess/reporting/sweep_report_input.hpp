// What the report of a sweep reads from its sweep.h5 (docs/sweeps.md): the sweep, its parameters,
// what became of each member, and per species the collected times and how likely each monitoring
// point has exceeded by each; and, when the sweep crossed design levels with uncertain samples
// (/designs), the same probability per design. Read once into plain data.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "results/result_reader.hpp"
#include "results/sweep_file.hpp"

namespace gwp::reporting {

struct SweepParameter {
  std::string key, unit, distribution;
};

struct SweepMember {
  int number = 0;
  std::string status, reason;
  double exit_code = 0.0;  // NaN when not run
};

// A table of probabilities: rows (points, or designs by points) by the species' collected times.
struct SweepSpeciesReport {
  results::SweepSpecies species;
  results::SpeciesLimits limits;       // labels and classes, from /features
  results::PointProbabilities points;  // (points, times)
  bool has_parameters = false;         // sensitivities can be drawn
};

struct SweepDesigns {
  std::vector<std::string> keys;                // design keys (columns of /designs/levels)
  std::vector<std::vector<std::string>> levels; // per design, its value of each key
  std::vector<double> members;                  // per design, members counted
  struct Species {
    std::string name;
    std::vector<std::string> points;
    std::vector<double> values;                 // (designs, points, times), row-major
    std::size_t times = 0;
  };
  std::vector<Species> species;
};

struct SweepReportInput {
  results::SweepScene scene;
  std::vector<SweepParameter> parameters;
  std::vector<SweepMember> members;
  std::vector<SweepSpeciesReport> species;
  std::optional<SweepDesigns> designs;          // absent when the sweep has no /designs
};

// `scene` as read (with a start date filled in by the caller when the file lacks one).
SweepReportInput read_sweep_report_input(const results::ResultReader& reader, const results::SweepScene& scene);

}  // namespace gwp::reporting
