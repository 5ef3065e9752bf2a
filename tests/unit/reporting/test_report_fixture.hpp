// Small result files for the report and comparison tests, written through ResultWriter from a
// handful of numbers (ScenarioSpec), so every figure a report or a comparison shows is known by
// construction: the plume summary and distances are the metrics rows written, the cumulative
// removal by the pumping well is its budget row, the pumped-water concentration is the well's
// mass flux over its rate, and first exceedances follow from the monitoring samples by hand.
#pragma once
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "../results/result_fixture.hpp"
#include "results/result_writer.hpp"

namespace gwp::test {

struct Sample {
  double time, value;  // d, mg/L
};

// One scenario: every vector holds one number per output time unless said otherwise.
struct ScenarioSpec {
  std::string case_name = "baseline";
  std::string case_toml = "[case]\nname = \"baseline\"\n[[landfills]]\nleakage = \"300 mm/yr\"\n";
  std::vector<double> times{100.0, 200.0};      // d
  std::vector<double> area{1000.0, 2000.0};     // m2 above the limit (volume: twice the area, m3)
  std::vector<double> area_iii{1500.0, 2600.0}; // m2 above class III
  std::vector<double> dissolved{4000.0, 8000.0};  // g
  std::vector<double> tip_distance{10.0, 40.0};   // m from the landfill
  std::vector<Sample> mw1{{50.0, 0.0}, {100.0, 1.0}, {150.0, 3.0}, {200.0, 4.0}};  // ammonia_n
  std::vector<Sample> mw2{{50.0, 0.0}, {100.0, 0.2}, {150.0, 0.4}, {200.0, 0.5}};
  std::vector<double> well_out{50.0, 120.0};    // g, cumulative mass the pumping well took out
  std::vector<double> well_in{0.0, 10.0};       // g, cumulative mass it put in
  std::vector<double> well_flux_out{40.0, 60.0};  // g/d over the last step
  double well_rate = -20.0;                     // m3/d
  std::vector<double> river_out{7.0, 9.0};      // g/d
  std::vector<double> river_in{2.0, 1.0};       // g/d
  std::vector<double> river_cumulative{300.0, 1100.0};  // g, net out
  std::vector<double> bore_flux{3.0, 4.5};      // g/d through the abandoned well
  std::vector<double> bore_cumulative{150.0, 500.0};  // g
  double leakage = 10.0;                        // m3/d through the landfill term
  double leachate_flux = 5000.0;                // g/d brought in by the landfill
  // What the run recorded at its receptors over the whole run: a river reach (judged by this
  // record) and a point (which has its series, so the record is not used for it).
  std::vector<metrics::ReceptorSummary> recorded{{"R", "boundary", 150.0, 2.5, 180.0, 12.0},
                                        {"MW-1", "point", 112.5, 4.0, 200.0, metrics::kNoValue},
                                        {"stream", "boundary", metrics::kNoValue, 0.3, 200.0, 2.0}};
  // A boundary receptor with its discharge series (and mass flux), as a run writes them.
  std::vector<Sample> stream{{50.0, 0.0}, {100.0, 0.1}, {150.0, 0.2}, {200.0, 0.3}};
  bool complete = true;
  Grid grid = small_grid();
  std::string start_date;  // [time] start, "YYYY-MM-DD"; empty: none
  std::string label_zh;    // the species' Chinese name; empty: none
  std::string label;       // the species' label ("NH₃-N"); empty: its name
  // The abandoned well AW-1: its state at the start, when it was plugged (d; < 0: never), the water
  // down its bore (m3/d, down positive) and what its bore exchanged with each case layer, rows of
  // /metrics/ammonia_n/abandoned_wells, each written at the output time it holds (none: no rows).
  std::string aw_state = "open";
  double aw_plugged_at = -1.0;
  std::vector<Sample> aw_flow;
  std::vector<metrics::BoreLayerMass> bore_layers;
};

inline constexpr double kAmmoniaLimit = 1.5;     // mg/L, GB/T 14848 class IV
inline constexpr double kAmmoniaClassIII = 0.5;  // mg/L
inline constexpr double kTipSide = 10.0;         // m, the landfill is a square of this side

inline results::ResultHeader scenario_header(const ScenarioSpec& spec) {
  results::ResultHeader header = small_header(spec.grid);
  header.case_name = spec.case_name;
  header.case_toml = spec.case_toml;
  header.features.areas = {{"tip", "landfill", {{500.0, 1200.0}, {510.0, 1200.0}, {510.0, 1210.0}, {500.0, 1210.0}}}};
  header.features.wells = {{"PW-1", "well", 520.0, 1205.0, 45.0, 40.0, "", -1.0},
                           {"AW-1", "abandoned_well", 515.0, 1204.0, 49.0, 21.0, spec.aw_state, spec.aw_plugged_at},
                           {"MW-1", "monitoring", 512.0, 1206.0, 44.0, 44.0, "", -1.0},
                           {"MW-2", "monitoring", 530.0, 1206.0, 44.0, 44.0, "", -1.0}};
  header.features.species = {{"ammonia_n", "mg/L", kAmmoniaLimit, kAmmoniaClassIII, kAmmoniaLimit}};
  header.features.species[0].label_zh = spec.label_zh;
  header.features.species[0].label = spec.label;
  header.start_date = spec.start_date;
  return header;
}

inline void write_scenario(const std::string& path, const ScenarioSpec& spec) {
  const Grid& grid = spec.grid;
  results::ResultWriter writer(path, scenario_header(spec));
  FlowRecord flow = flow_record(grid, 0.0);
  flow.budget = {{"head:west", "head", 20.0, 0.0},
                 {"landfill:tip", "landfill", spec.leakage, 0.0},
                 {"well:PW-1", "well", 0.0, -spec.well_rate},
                 {"river:R", "river", 0.0, 20.0 + spec.leakage + spec.well_rate}};
  flow.discrepancy_percent = 0.0;
  writer.on_flow_output(flow.output(darcy_flux(grid, 0.0)));
  writer.on_series("wells/PW-1/flow", "m3/d", 0.0, {spec.well_rate});
  for (const Sample& s : spec.aw_flow) writer.on_series("wells/AW-1/flow", "m3/d", s.time, {s.value});
  for (const Sample& s : spec.mw1) writer.on_series("monitoring/MW-1/ammonia_n", "mg/L", s.time, {s.value});
  for (const Sample& s : spec.mw2) writer.on_series("monitoring/MW-2/ammonia_n", "mg/L", s.time, {s.value});
  for (const Sample& s : spec.stream) {
    writer.on_series("monitoring/stream/ammonia_n", "mg/L", s.time, {s.value});
    writer.on_series("monitoring/stream/mass_flux/ammonia_n", "g/d", s.time, {10.0 * s.value});
  }
  const std::vector<double> concentration(std::size_t(grid.cell_count()), 0.0);
  for (std::size_t t = 0; t < spec.times.size(); ++t) {
    const double time = spec.times[t];
    results::TransportOutput transport;
    transport.time = time;
    results::SpeciesOutput species;
    species.name = "ammonia_n";
    species.concentration = &concentration;
    species.budget = {{"storage:dissolved", 0.0, spec.dissolved[t]},
                      {"landfill:tip", spec.leachate_flux * time, 0.0},
                      {"well:PW-1", spec.well_in[t], spec.well_out[t]},
                      {"river:R", 0.0, spec.river_cumulative[t]},
                      {"abandoned_well:AW-1", spec.bore_cumulative[t], spec.bore_cumulative[t]}};
    species.dissolved_mass = spec.dissolved[t];
    transport.species.push_back(species);
    writer.on_transport_output(transport);

    metrics::MetricsTable metrics;
    metrics::PlumeSummary summary;
    summary.time = time;
    summary.peak = 10.0;
    summary.area_above_limit = spec.area[t];
    summary.volume_above_limit = 2.0 * spec.area[t];
    summary.area_above_class_iii = spec.area_iii[t];
    summary.volume_above_class_iii = 2.0 * spec.area_iii[t];
    summary.dissolved_mass = spec.dissolved[t];
    summary.sorbed_mass = 0.0;
    metrics.summary.push_back(summary);
    metrics.distance = {{time, "tip", spec.tip_distance[t]}, {time, "AW-1", metrics::kNoValue}};
    metrics.mass_flux = {{time, "landfill:tip", "landfill", spec.leachate_flux, 0.0},
                         {time, "well:PW-1", "well", 0.0, spec.well_flux_out[t]},
                         {time, "river:R", "river", spec.river_in[t], spec.river_out[t]},
                         {time, "abandoned_well:AW-1", "connection", spec.bore_flux[t], spec.bore_flux[t]}};
    for (const metrics::BoreLayerMass& row : spec.bore_layers)
      if (row.time == time) metrics.abandoned_wells.push_back(row);
    write_metrics(writer, "ammonia_n", metrics);
  }
  if (!spec.recorded.empty()) {
    metrics::MetricsTable end;
    end.receptors = spec.recorded;
    write_metrics(writer, "ammonia_n", end);
  }
  if (spec.complete) {
    writer.finish_complete();
  } else {
    writer.finish_failed("stopped by the test", true);
  }
}

}  // namespace gwp::test
