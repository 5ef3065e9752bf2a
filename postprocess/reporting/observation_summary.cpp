#include "postprocess/reporting/observation_summary.hpp"

#include <map>

#include "postprocess/metrics/censored_trend_values.hpp"
#include "postprocess/metrics/sens_slope.hpp"

namespace gwp::reporting {

namespace {

constexpr double kDaysPerYear = 365.25;

// Gathers the detected samples' observed and modelled values of several series into one row.
struct Pool {
  std::vector<double> observed, model;
  std::size_t samples = 0, censored = 0;
  void add(const metrics::ObservedSeries& s) {
    for (const metrics::ObservationRow& r : s.rows) {
      ++samples;
      if (r.censored) {
        ++censored;
        continue;
      }
      observed.push_back(r.observed);
      model.push_back(r.model);
    }
  }
  ResidualRow row(std::string point, std::string species) const {
    return {std::move(point), std::move(species), samples, censored, metrics::residual_statistics(observed, model)};
  }
};

}  // namespace

std::vector<ResidualRow> residual_rows(const std::vector<metrics::ObservedSeries>& series) {
  std::vector<ResidualRow> rows;
  std::vector<std::string> species_order;
  std::map<std::string, Pool> by_species;
  std::map<std::string, int> points_of;
  Pool all;
  for (const metrics::ObservedSeries& s : series) {
    Pool one;
    one.add(s);
    rows.push_back(one.row(s.point, s.species));
    if (!by_species.count(s.species)) species_order.push_back(s.species);
    by_species[s.species].add(s);
    ++points_of[s.species];
    all.add(s);
  }
  for (const std::string& sp : species_order)
    if (points_of[sp] > 1) rows.push_back(by_species[sp].row("", sp));
  if (series.size() > 1) rows.push_back(all.row("", ""));
  return rows;
}

std::vector<TrendRow> trend_rows(const std::vector<metrics::ObservedSeries>& series) {
  std::vector<TrendRow> rows;
  for (const metrics::ObservedSeries& s : series) {
    std::vector<double> times, observed, model;
    std::vector<bool> censored;
    for (const metrics::ObservationRow& r : s.rows) {
      times.push_back(r.time);
      observed.push_back(r.observed);
      model.push_back(r.model);
      censored.push_back(r.censored);
    }
    rows.push_back({s.point, s.species, false, metrics::mann_kendall(metrics::censored_trend_values(observed, censored)),
                    metrics::sens_slope(times, observed) * kDaysPerYear});
    rows.push_back({s.point, s.species, true, metrics::mann_kendall(model),
                    metrics::sens_slope(times, model) * kDaysPerYear});
  }
  return rows;
}

}  // namespace gwp::reporting
