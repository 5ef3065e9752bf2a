// The sources and wells of a run as a report lists them, from /features and the budgets alone
// (never the case file): each landfill's footprint, the water it leaks and the concentration that
// water carried, and each well with its interval, state and last flow.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "results/result_features.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

struct LandfillSummary {
  std::string name;
  double area = 0.0;           // m2, of the outline
  double leakage = 0.0;        // m3/d into the aquifer through the landfill term at the last flow time
  double leakage_rate = 0.0;   // mm/yr, leakage over the area
  // Per species: mass flux in over the last step before the last output time (g/d) over the
  // leakage (m3/d), mg/L; and the cumulative mass that entered (g) by then.
  std::vector<std::pair<std::string, double>> leachate;
  std::vector<std::pair<std::string, double>> mass_in;
};

struct WellSummary {
  results::FeatureWell feature;
  double last_time = 0.0;  // d, of the last flow sample (NaN without one)
  double last_flow = 0.0;  // m3/d: pumping wells' rate (negative extracts), abandoned wells' flow down the bore
};

struct SiteSummary {
  std::vector<LandfillSummary> landfills;
  std::vector<WellSummary> wells;  // pumping wells, abandoned wells and monitoring points
};

SiteSummary read_site_summary(const results::ResultReader& reader);

}  // namespace gwp::reporting
