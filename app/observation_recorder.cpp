#include "app/observation_recorder.hpp"

namespace gwp::app {

namespace {

std::string series_path(const std::string& point, const std::string& species) {
  return "monitoring/" + point + "/" + species;
}

}  // namespace

ObservationRecorder::ObservationRecorder(const std::vector<model::Observation>& observations, results::Observer& next)
    : observations_(observations), next_(next) {
  // Only the series some observation needs are kept: a run may have many points and steps.
  for (const model::Observation& o : observations_) kept_[series_path(o.point, o.species)];
}

void ObservationRecorder::on_series(const std::string& path, const std::string& units, double time,
                                    const std::vector<double>& values) {
  next_.on_series(path, units, time, values);
  const auto it = kept_.find(path);
  if (it == kept_.end() || values.empty()) return;
  it->second.times.push_back(time);
  it->second.values.push_back(values.front());
}

std::vector<metrics::ObservedSeries> ObservationRecorder::compared() const {
  struct Samples { std::vector<double> times, values; std::vector<bool> censored; };
  std::map<std::pair<std::string, std::string>, Samples> by_series;
  for (const model::Observation& o : observations_) {
    Samples& s = by_series[{o.point, o.species}];
    s.times.push_back(o.time);
    s.values.push_back(o.value);
    s.censored.push_back(o.censored);
  }
  std::vector<metrics::ObservedSeries> out;
  for (const auto& [key, s] : by_series) {
    const Series& model = kept_.at(series_path(key.first, key.second));
    out.push_back({key.first, key.second,
                   metrics::compare_with_series(s.times, s.values, s.censored, model.times, model.values)});
  }
  return out;
}

}  // namespace gwp::app
