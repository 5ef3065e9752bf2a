// An observer that keeps what a run produced in memory, for comparison with analytical truth.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "results/observer.hpp"

namespace gwp::testing {

struct StoredBudget {
  std::vector<results::FlowBudgetRow> lines;
  double discrepancy_percent = 0.0;
};

struct StoredFlow {
  double time = 0.0;
  std::vector<double> head;
  StoredBudget budget;
  std::vector<std::vector<double>> term_flow;
};

struct StoredTransport {
  double time = 0.0;
  std::map<std::string, std::vector<double>> concentration;  // species -> mg/L per cell
  std::map<std::string, double> discrepancy_percent;
  std::map<std::string, std::vector<results::MassBudgetRow>> budget;
};

class RecordingObserver : public results::Observer {
 public:
  void on_flow_output(const results::FlowOutput& out) override {
    flows.push_back({out.time, *out.head, {out.budget, out.discrepancy_percent}, *out.term_flow});
  }
  void on_transport_output(const results::TransportOutput& out) override {
    StoredTransport t;
    t.time = out.time;
    for (const auto& sp : out.species) {
      t.concentration[sp.name] = *sp.concentration;
      t.discrepancy_percent[sp.name] = sp.discrepancy_percent;
      t.budget[sp.name] = sp.budget;
    }
    transport.push_back(std::move(t));
  }
  void on_series(const std::string& path, const std::string&, double time, const std::vector<double>& values) override {
    auto& rows = series[path];
    std::vector<double> row{time};
    row.insert(row.end(), values.begin(), values.end());
    rows.push_back(row);
  }
  std::vector<StoredFlow> flows;
  std::vector<StoredTransport> transport;
  std::map<std::string, std::vector<std::vector<double>>> series;  // path -> rows [time, values...]
};

}  // namespace gwp::testing
