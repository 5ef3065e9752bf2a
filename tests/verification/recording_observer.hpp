// An observer that keeps what a run produced in memory, for comparison with analytical truth.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "solver/observer.hpp"

namespace gwp::testing {

struct StoredFlow {
  double time = 0.0;
  std::vector<double> head;
  FlowBudget budget;
  std::vector<std::vector<double>> term_flow;
};

class RecordingObserver : public Observer {
 public:
  void on_flow_output(const FlowOutput& out) override {
    flows.push_back({out.time, out.solution->head, out.solution->budget, out.solution->term_flow});
  }
  void on_series(const std::string& path, const std::string&, double time, const std::vector<double>& values) override {
    auto& rows = series[path];
    std::vector<double> row{time};
    row.insert(row.end(), values.begin(), values.end());
    rows.push_back(row);
  }
  std::vector<StoredFlow> flows;
  std::map<std::string, std::vector<std::vector<double>>> series;  // path -> rows [time, values...]
};

}  // namespace gwp::testing
