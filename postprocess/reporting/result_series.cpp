#include "postprocess/reporting/result_series.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

std::vector<std::string> group_names(const results::ResultReader& reader, const std::string& path) {
  std::vector<std::string> names;
  if (!reader.exists(path)) return names;
  for (const results::h5::Child& child : reader.list(path))
    if (child.kind == results::h5::ObjectKind::group) names.push_back(child.name);
  return names;
}

TimeSeries read_series(const results::ResultReader& reader, const std::string& path) {
  if (!reader.exists(path)) throw IoError(reader.path() + " has no series " + path);
  const results::h5::Array a = reader.read(path);
  if (a.dims.size() != 2 || a.dims[1] != 2) {
    throw IoError(reader.path() + ": " + path + " is not a series of (time, value) rows");
  }
  TimeSeries s;
  const std::size_t n = std::size_t(a.dims[0]);
  s.time.reserve(n);
  s.value.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    s.time.push_back(a.values[2 * r]);
    s.value.push_back(a.values[2 * r + 1]);
  }
  return s;
}

std::vector<double> read_values(const results::ResultReader& reader, const std::string& path) {
  if (!reader.exists(path)) return {};
  return reader.read(path).values;
}

std::vector<std::string> result_species(const results::ResultReader& reader) {
  std::vector<std::string> species;
  for (const std::string& name : group_names(reader, "/transport"))
    if (reader.exists("/transport/" + name + "/concentration")) species.push_back(name);
  return species;
}

std::vector<std::string> points_with_series(const results::ResultReader& reader, const std::string& species) {
  std::vector<std::string> points;
  for (const std::string& name : group_names(reader, "/monitoring"))
    if (reader.exists("/monitoring/" + name + "/" + species)) points.push_back(name);
  return points;
}

std::vector<MassBudgetEntry> read_mass_budget(const results::ResultReader& reader, const std::string& species) {
  const std::string path = "/transport/" + species + "/budget";
  std::vector<MassBudgetEntry> rows;
  if (!reader.exists(path)) return rows;
  const results::h5::Table t = reader.read_table(path);
  const auto& time = t.column("time").reals;
  const auto& term = t.column("term").texts;
  const auto& in = t.column("mass_in").reals;
  const auto& out = t.column("mass_out").reals;
  for (std::size_t r = 0; r < t.rows(); ++r) rows.push_back({time[r], term[r], in[r], out[r]});
  return rows;
}

bool same_time(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

std::vector<MassBudgetEntry> budget_at(const std::vector<MassBudgetEntry>& rows, double time) {
  std::vector<MassBudgetEntry> at;
  for (const MassBudgetEntry& row : rows)
    if (same_time(row.time, time)) at.push_back(row);
  return at;
}

}  // namespace gwp::reporting
