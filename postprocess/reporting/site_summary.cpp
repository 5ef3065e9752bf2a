#include "postprocess/reporting/site_summary.hpp"

#include <cmath>
#include <limits>

#include "core/plane_geometry.hpp"
#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/result_figures.hpp"
#include "postprocess/reporting/result_series.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMillimetresPerMetre = 1000.0;

double last_time_of(const std::vector<double>& times) { return times.empty() ? kNaN : times.back(); }

}  // namespace

SiteSummary read_site_summary(const results::ResultReader& reader) {
  SiteSummary site;
  const results::ResultFeatures features = read_features(reader);
  const std::vector<results::FlowBudgetRow> flow = reader.exists("/flow/budget") ? reader.flow_budget()
                                                                          : std::vector<results::FlowBudgetRow>{};
  const double last_flow_time = last_time_of(read_values(reader, "/flow/times"));
  const double last_output = last_time_of(read_values(reader, "/transport/times"));
  const std::vector<std::string> species = result_species(reader);
  for (const results::FeatureOutline& area : features.areas) {
    if (area.kind != "landfill") continue;
    LandfillSummary l;
    l.name = area.name;
    l.area = polygon_area(area.outline);
    l.leakage = kNaN;
    for (const results::FlowBudgetRow& row : flow)
      if (row.kind == "landfill" && term_subject(row.term) == area.name && same_time(row.time, last_flow_time))
        l.leakage = row.inflow - row.outflow;
    l.leakage_rate = l.area > 0.0 ? l.leakage / l.area * kMillimetresPerMetre * kDaysPerJulianYear : kNaN;
    for (const std::string& s : species) {
      double rate_in = kNaN;
      if (reader.exists("/metrics/" + s + "/mass_flux")) {
        for (const metrics::MassFlux& f : metrics::read_metrics(reader, s).mass_flux)
          if (f.kind == "landfill" && term_subject(f.term) == area.name && same_time(f.time, last_output))
            rate_in = f.rate_in;
      }
      l.leachate.emplace_back(s, l.leakage > 0.0 ? rate_in / l.leakage : kNaN);
      double mass = kNaN;
      for (const MassBudgetEntry& b : budget_at(read_mass_budget(reader, s), last_output))
        if (term_subject(b.term) == area.name && b.term.starts_with("landfill")) mass = b.mass_in;
      l.mass_in.emplace_back(s, mass);
    }
    site.landfills.push_back(std::move(l));
  }
  for (const results::FeatureWell& w : features.wells) {
    WellSummary ws{w, kNaN, kNaN};
    const std::string path = "/wells/" + w.name + "/flow";
    if (reader.exists(path)) {
      const TimeSeries s = read_series(reader, path);
      if (!s.time.empty()) ws.last_time = s.time.back(), ws.last_flow = s.value.back();
    }
    site.wells.push_back(std::move(ws));
  }
  return site;
}

}  // namespace gwp::reporting
