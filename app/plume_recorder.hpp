// The plume metrics of a run (/metrics/<species>, docs/result-file.md): at every stored time the
// peak, the extent above the species' limit and above class III, the dissolved and sorbed mass,
// how far the plume reaches from each landfill and how far the plume that came through each
// abandoned well reaches from it, the mass fluxes through every boundary term and abandoned well,
// and what each abandoned well's bore has carried into and out of each layer; at the end, when
// each monitoring point first exceeded the limit, and for every receptor (a point, or a boundary
// or well through the water discharged into it, or a control plane through what passes it) and
// every pumping well its first exceedance and its peak. The plume's peak, extents and distances count the layers of [metrics] layers only.
#pragma once
#include <string>
#include <vector>

#include "app/bore_mass.hpp"
#include "app/control_plane_flux.hpp"
#include "models/metrics_layers.hpp"
#include "models/model.hpp"
#include "postprocess/metrics/exceedance_time.hpp"
#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/metrics/plume_metrics.hpp"
#include "solver/flow/flow_solution.hpp"
#include "solver/transport/transport_solver.hpp"

namespace gwp::app {

// Where metrics go (the result writer, a test's recorder).
class MetricsSink {
 public:
  virtual ~MetricsSink() = default;
  virtual void write_metrics(const std::string& species, const metrics::MetricsTable& rows) = 0;
};

class PlumeRecorder {
 public:
  // With the transport as it starts: its concentrations at time() are the first sample of every
  // monitoring point (a point above the limit from the start exceeds at that time).
  // `lines` (null without control planes) gives what passes each control plane every step; it
  // must take each step before the recorder does.
  PlumeRecorder(const model::Model& m, const solver::TransportSolver& transport,
                const ControlPlaneFlux* lines = nullptr);
  // After every transport step, with the flow that carried it: the monitoring points' and
  // receptors' concentrations, and what each abandoned well's bore moved.
  void on_step(const solver::TransportSolver& transport, const solver::FlowSolution& water, double t);
  // At a stored time, with the flow that holds then (water volumes of convertible cells).
  void at_output(const solver::TransportSolver& transport, const solver::FlowSolution& flow, double t,
                 MetricsSink& sink);
  // At the end of the run: the first exceedance of every monitoring point and receptor.
  void finish(MetricsSink& sink) const;

 private:
  // A concentration followed every step for a first exceedance and a peak.
  struct Watched {
    std::string name;
    // "point", "boundary" (a receptor on a term), "well" (any pumping well) or "line" (a control plane)
    std::string kind;
    std::size_t index = 0;   // in Model::monitoring (point), FlowProblem::terms or Model::control_planes (line)
  };
  struct Watch {
    metrics::ExceedanceWatch exceedance;
    double peak = metrics::kNoValue, peak_time = metrics::kNoValue;  // mg/L, d
    double peak_mass_flux = metrics::kNoValue;                    // g/d (boundaries, wells, lines: net)
  };
  // An abandoned well whose bore joins cells (Model::abandoned_wells).
  struct Bore {
    std::size_t group = 0;                // index in FlowProblem::extra_connections
    std::vector<std::size_t> case_layer;  // per layer of its ledger: the case layer (LayerTable entry)
    Point at{};                 // world x, y (m)
  };

  double watched_concentration(const Watched& w, const solver::TransportSolver& transport,
                               const solver::FlowSolution& water, std::size_t species, double* mass_flux) const;
  // Distance (m) of the plume that came through bore b (species s); see metrics::kDistanceDefinition.
  double bore_distance(std::size_t s, std::size_t b, const std::vector<double>& c,
                       const metrics::CellMask& counted) const;

  const model::Model& model_;
  const ControlPlaneFlux* lines_ = nullptr;
  model::MetricsLayers layers_;
  metrics::CellMask counted_;                       // active cells of the counted layers
  std::vector<std::size_t> case_layer_of_;       // per grid layer: its case layer (LayerTable entry)
  std::vector<metrics::PlumeSource> landfills_;
  std::vector<std::string> abandoned_wells_;      // every [[abandoned_wells]] name, case order
  std::vector<int> bore_of_;                      // per abandoned well: index into bores_, -1 without one
  std::vector<Bore> bores_;
  std::vector<std::vector<BoreMassLedger>> ledgers_;  // [species][bore]
  std::vector<metrics::PlumeLimits> limits_;         // per species
  std::vector<std::vector<metrics::ExceedanceWatch>> points_;  // [species][monitoring point]
  std::vector<Watched> watched_;                  // receptors, then pumping wells no receptor names
  std::vector<std::vector<Watch>> watches_;       // [species][watched]
  bool layers_written_ = false;
};

}  // namespace gwp::app
