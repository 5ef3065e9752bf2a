// Each member's own figures of one species, as its result's /metrics/<species> tables give them:
// plume peak, area, volume and dissolved mass at the collected times, when each monitoring point
// and receptor first exceeded the limit, how far the plume reaches from each source, and what
// reached each receptor.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "postprocess/metrics/metrics_table.hpp"

namespace gwp::sweep {

// What each member's own metrics say of one species (result file /metrics/<species>), per
// member (in the order of the records) and collected time; NaN where a member has none.
struct MemberScalars {
  static constexpr const char* kNames[] = {"peak", "area_above_limit", "volume_above_limit", "dissolved_mass"};
  static constexpr const char* kUnits[] = {"mg/L", "m2", "m3", "g"};
  std::vector<std::vector<std::vector<double>>> values;   // [metric][member][time]
  std::vector<std::string> points;                        // monitoring points, then receptors, in the order met
  std::vector<std::vector<double>> first_exceedance;      // [point][member], d
  std::vector<std::string> sources;                       // landfills, abandoned wells ... (/metrics distance)
  std::vector<std::vector<std::vector<double>>> distance; // [source][member][time], m
  std::vector<std::string> receptors;                     // /metrics receptors rows
  std::vector<std::vector<double>> receptor_peak;         // [receptor][member], mg/L
  std::vector<std::vector<double>> receptor_peak_flux;    // [receptor][member], g/d

  void resize(std::size_t members, std::size_t times) {
    values.assign(4, std::vector<std::vector<double>>(members, std::vector<double>(times, std::numeric_limits<double>::quiet_NaN())));
  }
  // Index of `name` in `names`, appended (with a row of NaN made by `add_row`) when new.
  template <typename AddRow>
  static std::size_t index_of(std::vector<std::string>& names, const std::string& name, AddRow add_row) {
    const auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) return std::size_t(it - names.begin());
    names.push_back(name);
    add_row();
    return names.size() - 1;
  }
  void add(std::size_t member, std::size_t members, const metrics::MetricsTable& table, const std::vector<double>& times) {
    for (const metrics::PlumeSummary& row : table.summary)
      for (std::size_t t = 0; t < times.size(); ++t)
        if (std::abs(row.time - times[t]) <= 1e-9 * std::max(1.0, std::abs(times[t]))) {
          values[0][member][t] = row.peak;
          values[1][member][t] = row.area_above_limit;
          values[2][member][t] = row.volume_above_limit;
          values[3][member][t] = row.dissolved_mass;
        }
    for (const metrics::SourceDistance& d : table.distance)
      for (std::size_t t = 0; t < times.size(); ++t)
        if (std::abs(d.time - times[t]) <= 1e-9 * std::max(1.0, std::abs(times[t]))) {
          const std::size_t k = index_of(sources, d.source, [&] {
            distance.emplace_back(members, std::vector<double>(times.size(), std::numeric_limits<double>::quiet_NaN()));
          });
          distance[k][member][t] = d.distance;
        }
    for (const metrics::ReceptorSummary& r : table.receptors) {
      const std::size_t k = index_of(receptors, r.receptor, [&] {
        receptor_peak.emplace_back(members, std::numeric_limits<double>::quiet_NaN());
        receptor_peak_flux.emplace_back(members, std::numeric_limits<double>::quiet_NaN());
      });
      receptor_peak[k][member] = r.peak;
      receptor_peak_flux[k][member] = r.peak_mass_flux;
    }
    std::vector<std::string> seen;  // a point that is also a receptor counts once, as a point
    for (const metrics::FirstExceedance& f : table.first_exceedance) {
      set_first_exceedance(f.point, member, members, f.time);
      seen.push_back(f.point);
    }
    for (const metrics::ReceptorSummary& r : table.receptors)
      if (std::find(seen.begin(), seen.end(), r.receptor) == seen.end())
        set_first_exceedance(r.receptor, member, members, r.first_exceedance);
  }
  void set_first_exceedance(const std::string& point, std::size_t member, std::size_t members, double time) {
    auto it = std::find(points.begin(), points.end(), point);
    if (it == points.end()) {
      points.push_back(point);
      first_exceedance.emplace_back(members, std::numeric_limits<double>::quiet_NaN());
      it = points.end() - 1;
    }
    // Never exceeded: +infinity while collecting (later than any time), NaN in the file.
    first_exceedance[std::size_t(it - points.begin())][member] = std::isnan(time) ? HUGE_VAL : time;
  }
};

}  // namespace gwp::sweep
