// The lines of evidence of monitored natural attenuation computed from the model
// (/metrics/<species>/trends and plume_trend, docs/result-file.md): passes every output of a run
// on unchanged, and meanwhile reads every concentration series under /monitoring at the case's
// output times and watches when it goes below the species' limit for good, keeps the plume
// figures of every output time and the last stored field, and when the run has ended gives each
// species' trends of its wells and of the plume as a whole.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "models/model.hpp"
#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/metrics/mna_table.hpp"
#include "postprocess/metrics/series_sampling.hpp"
#include "results/observer.hpp"

namespace gwp::app {

class AttenuationRecorder : public results::Observer {
 public:
  // `next` receives every output unchanged; the model and `next` must outlive the recorder.
  AttenuationRecorder(const model::Model& m, results::Observer& next);

  void on_flow_output(const results::FlowOutput& o) override;
  void on_transport_output(const results::TransportOutput& o) override;
  void on_series(const std::string& path, const std::string& units, double time,
                 const std::vector<double>& values) override;
  void on_series_columns(const std::string& path, const std::vector<results::SeriesColumn>& columns, double time,
                         const std::vector<double>& values) override {
    next_.on_series_columns(path, columns, time, values);
  }
  // The plume metrics the run writes: the summary rows of every output time, and the receptors'
  // kinds at the end.
  void on_metrics(const std::string& species, const metrics::MetricsTable& rows);

  // Per species (in the model's order), the evidence of the whole run; call once it has ended.
  std::vector<std::pair<std::string, metrics::MnaEvidence>> evidence() const;

 private:
  struct Series {
    std::string name;                 // the point or receptor
    std::size_t species = 0;
    metrics::SeriesSampler sampler;   // read at the trend's output times
    metrics::BelowLimitWatch below;
  };
  metrics::PlumeTrend plume_trend(std::size_t species) const;
  // The contaminant velocity (m/d) along unit vector u, median over `cells`, at the last output.
  double contaminant_velocity(std::size_t species, const std::vector<std::int64_t>& cells,
                              const std::array<double, 2>& u) const;

  const model::Model& model_;
  results::Observer& next_;
  double trend_from_ = 0.0;             // d
  std::vector<double> times_;           // d, the output times the trends use
  std::vector<std::string> species_;    // names, model order
  std::vector<Series> series_;          // in the order they first arrive
  std::map<std::string, std::size_t> series_index_;  // by "monitoring/<name>/<species>"
  std::map<std::string, std::string> receptor_kind_;  // from the receptors rows
  std::vector<std::vector<metrics::PlumeSummary>> summary_;  // [species], every output time
  std::vector<std::vector<double>> last_concentration_;      // [species], at the last output
  std::vector<double> last_head_, last_flux_;                // m; m/d (qx, qy, qz per cell)
};

}  // namespace gwp::app
