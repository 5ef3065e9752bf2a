#include "postprocess/metrics/observation_table.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace gwp::metrics {

double value_at(const std::vector<double>& times, const std::vector<double>& values, double at) {
  if (times.empty() || at < times.front() || at > times.back()) return std::numeric_limits<double>::quiet_NaN();
  // The first sample at or after `at`; several samples at one time (none written today) take the
  // first of them.
  const auto upper = std::lower_bound(times.begin(), times.end(), at);
  const std::size_t j = std::size_t(upper - times.begin());
  if (times[j] == at || j == 0) return values[j];
  const std::size_t i = j - 1;
  const double w = (at - times[i]) / (times[j] - times[i]);
  return values[i] + w * (values[j] - values[i]);
}

std::vector<ObservationRow> compare_with_series(const std::vector<double>& times, const std::vector<double>& observed,
                                                const std::vector<bool>& censored,
                                                const std::vector<double>& series_times,
                                                const std::vector<double>& series_values) {
  if (times.size() != observed.size() || times.size() != censored.size())
    throw std::invalid_argument("observations need a time, a value and a censored flag each");
  std::vector<std::size_t> order(times.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return times[a] < times[b]; });
  std::vector<ObservationRow> rows;
  for (std::size_t k : order) {
    ObservationRow r;
    r.time = times[k];
    r.observed = observed[k];
    r.censored = censored[k];
    r.model = value_at(series_times, series_values, r.time);
    r.residual = r.model - r.observed;
    rows.push_back(r);
  }
  return rows;
}

namespace {

results::h5::TableColumn real_column(const std::string& name) {
  return results::h5::TableColumn{name, results::h5::ColumnType::real, {}, {}};
}

}  // namespace

void write_observations(results::ResultWriter& writer, const ObservedSeries& series) {
  results::h5::Table t;
  for (const char* name : {"time", "observed", "censored", "model", "residual"}) t.columns.push_back(real_column(name));
  for (const ObservationRow& r : series.rows) {
    t.columns[0].reals.push_back(r.time);
    t.columns[1].reals.push_back(r.observed);
    t.columns[2].reals.push_back(r.censored ? 1.0 : 0.0);
    t.columns[3].reals.push_back(r.model);
    t.columns[4].reals.push_back(r.residual);
  }
  const std::string path = "/observations/" + series.point + "/" + series.species;
  writer.append_rows(path, t, "mg/L", {"d", "mg/L", "1", "mg/L", "mg/L"});
  writer.set_text_once(path, "definition",
                       "observed: the measured concentration, or the detection limit where censored = 1 (below "
                       "detection); model: the point's /monitoring series read linearly in time at the "
                       "observation's time; residual = model - observed");
}

std::vector<ObservedSeries> read_observations(const results::ResultReader& reader) {
  std::vector<ObservedSeries> out;
  if (!reader.exists("/observations")) return out;
  for (const auto& point : reader.list("/observations")) {
    for (const auto& species : reader.list("/observations/" + point.name)) {
      const results::h5::Table t = reader.read_table("/observations/" + point.name + "/" + species.name);
      ObservedSeries s{point.name, species.name, {}};
      for (std::size_t i = 0; i < t.rows(); ++i)
        s.rows.push_back({t.column("time").reals[i], t.column("observed").reals[i], t.column("censored").reals[i] != 0.0,
                          t.column("model").reals[i], t.column("residual").reals[i]});
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace gwp::metrics
