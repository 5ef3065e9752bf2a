// Observed concentrations ([[observations]]) beside the model: passes every output of a run on
// to the result writer, keeps the /monitoring series that observations are compared with, and at
// the end gives the rows of /observations (postprocess/metrics/observation_table).
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "models/case.hpp"
#include "postprocess/metrics/observation_table.hpp"
#include "results/observer.hpp"

namespace gwp::app {

class ObservationRecorder : public results::Observer {
 public:
  // `next` receives every output unchanged; both must outlive the recorder.
  ObservationRecorder(const std::vector<model::Observation>& observations, results::Observer& next);

  void on_flow_output(const results::FlowOutput& o) override { next_.on_flow_output(o); }
  void on_transport_output(const results::TransportOutput& o) override { next_.on_transport_output(o); }
  void on_series(const std::string& path, const std::string& units, double time,
                 const std::vector<double>& values) override;
  void on_series_columns(const std::string& path, const std::vector<results::SeriesColumn>& columns, double time,
                         const std::vector<double>& values) override {
    next_.on_series_columns(path, columns, time, values);
  }

  // One series per point and species observed, in name order, each observation beside the
  // model's concentration at its time.
  std::vector<metrics::ObservedSeries> compared() const;

 private:
  struct Series { std::vector<double> times, values; };  // d, mg/L
  const std::vector<model::Observation>& observations_;
  results::Observer& next_;
  std::map<std::string, Series> kept_;  // by "monitoring/<point>/<species>"
};

}  // namespace gwp::app
