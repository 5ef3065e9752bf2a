// The plume metrics of a run (/metrics/<species>): at every stored time the peak, the extent
// above the species' limit and above class III, the dissolved and sorbed mass, how far the plume
// reaches from each landfill and abandoned well, and the mass fluxes through every boundary term
// and abandoned well; at the end, when each monitoring point first exceeded the limit, and for
// every receptor (a point, or a boundary through the water discharged into it) its first
// exceedance and its peak (/metrics/<species>/receptors).
#pragma once
#include <string>
#include <vector>

#include "models/model.hpp"
#include "postprocess/exceedance_time.hpp"
#include "postprocess/metrics_table.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::app {

// Where metrics go (the result writer, a test's recorder).
class MetricsSink {
 public:
  virtual ~MetricsSink() = default;
  virtual void write_metrics(const std::string& species, const post::MetricsTable& rows) = 0;
};

class PlumeRecorder {
 public:
  explicit PlumeRecorder(const model::Model& m);
  // After every transport step, with the flow that carried it: the monitoring points' and
  // receptors' concentrations.
  void on_step(const TransportSolver& transport, const FlowSolution& water, double t);
  // At a stored time, with the flow that holds then (water volumes of convertible cells).
  void at_output(const TransportSolver& transport, const FlowSolution& flow, double t, MetricsSink& sink) const;
  // At the end of the run: the first exceedance of every monitoring point and receptor.
  void finish(MetricsSink& sink) const;

 private:
  const model::Model& model_;
  std::vector<post::PlumeSource> sources_;
  std::vector<post::PlumeLimits> limits_;                 // per species
  std::vector<std::vector<post::ExceedanceWatch>> watch_; // [species][monitoring point]
  struct ReceptorWatch {
    post::ExceedanceWatch exceedance;
    double peak = post::kNoValue, peak_time = post::kNoValue;  // mg/L, d
    double peak_mass_flux = post::kNoValue;                    // g/d (boundaries)
  };
  std::vector<std::vector<ReceptorWatch>> receptors_;     // [species][receptor]
};

}  // namespace gwp::app
