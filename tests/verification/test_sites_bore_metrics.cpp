// What the plume metrics tell about abandoned wells, receptors and layers, against conservation:
// the mass a bore carries into a layer is its water flow times the concentration it carries, the
// layers' masses add up to the bore's budget line, an abandoned well's distance is that of the
// plume that came through it, first exceedances count from t = 0, and [metrics] layers restrict
// the plume's figures to the layers named.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "postprocess/metrics/exceedance_time.hpp"
#include "postprocess/metrics/plume_metrics.hpp"
#include "test_sites_common.hpp"

namespace gwp::testing {
namespace {

// Keeps every metrics row a run writes, by species.
struct Metrics : app::MetricsSink {
  void write_metrics(const std::string& species, const metrics::MetricsTable& rows) override {
    auto& t = tables[species];
    const auto add = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    add(t.summary, rows.summary);
    add(t.distance, rows.distance);
    add(t.mass_flux, rows.mass_flux);
    add(t.abandoned_wells, rows.abandoned_wells);
    add(t.first_exceedance, rows.first_exceedance);
    add(t.receptors, rows.receptors);
    if (!rows.metrics_layers.empty()) layers.push_back(rows.metrics_layers);
  }
  std::map<std::string, metrics::MetricsTable> tables;
  std::vector<std::vector<std::string>> layers;  // each time they were given
};

CaseRun run_with_metrics(const std::string& file, Metrics& metrics, const std::vector<std::string>& overrides = {}) {
  CaseRun r{model::build_model(model::read_case(site_case(file), overrides)), {}, {}};
  app::RunOptions options;
  options.metrics = &metrics;
  r.summary = app::run_simulation(r.model, r.results, options);
  return r;
}

const metrics::BoreLayerMass& row_of(const Metrics& m, const std::string& species, double time,
                                     const std::string& layer) {
  for (const metrics::BoreLayerMass& row : m.tables.at(species).abandoned_wells)
    if (row.time == time && row.layer == layer) return row;
  throw std::runtime_error("no abandoned_wells row for " + layer + " at " + std::to_string(time));
}

// The bore's steady water flow (m3/d, down > 0), from the flow's own bore report.
double bore_flow(const CaseRun& r, const std::string& well) {
  const auto& series = r.results.series.at("wells/" + well + "/flow");
  for (const auto& row : series) EXPECT_NEAR(row[1], series.front()[1], 1e-9 * std::abs(series.front()[1]));
  return series.front()[1];
}

// Water runs down the bore at Q from the upper aquifer, held at 100 mg/L, into the lower one: by
// t the bore has carried Q x 100 x t grams into the lower aquifer and taken as much from the upper
// one, and nothing the other way. Q is the flow's bore report, the masses the transport's; they
// agree to the rounding of eliminating the bore nodes (about 1e-10, solver/flow/bore.hpp).
TEST(SitesBoreMetrics, MassDownTheBoreIsItsFlowTimesItsConcentration) {
  Metrics metrics;
  const CaseRun r = run_with_metrics("bore_column.toml", metrics);
  const double q = bore_flow(r, "AW");
  ASSERT_GT(q, 0.0) << "water runs down the bore";
  for (double t : {50.0, 100.0}) {
    const double carried = q * 100.0 * t;  // m3/d x g/m3 x d
    const metrics::BoreLayerMass& upper = row_of(metrics, "chloride", t, "upper");
    const metrics::BoreLayerMass& lower = row_of(metrics, "chloride", t, "lower");
    EXPECT_NEAR(lower.mass_in, carried, 1e-8 * carried) << t;
    EXPECT_NEAR(upper.mass_out, carried, 1e-8 * carried) << t;
    EXPECT_EQ(upper.mass_in, 0.0);
    EXPECT_EQ(lower.mass_out, 0.0);
    EXPECT_NEAR(upper.carried_down, carried, 1e-8 * carried) << "down is positive";
    EXPECT_EQ(lower.carried_down, 0.0);
    EXPECT_NEAR(lower.rate_in, q * 100.0, 1e-8 * q * 100.0);
    EXPECT_NEAR(upper.rate_down, q * 100.0, 1e-8 * q * 100.0);
  }
  RecordProperty("bore_flow_m3_per_d", figure(q));
}

// The same column with the heads the other way and the lower aquifer held: the bore carries mass
// up, and says so with a negative carried_down.
TEST(SitesBoreMetrics, MassUpTheBoreIsCarriedDownNegative) {
  Metrics metrics;
  const CaseRun r = run_with_metrics("bore_column.toml", metrics,
                                     {"flow.boundary.\"upper held\".head=8.0", "flow.boundary.\"lower held\".head=10.0",
                                      "transport.boundary[0].layers=[\"lower\"]",
                                      "species.chloride.initial=[{ layers = [\"lower\"], value = 100.0 }]"});
  const double q = bore_flow(r, "AW");
  ASSERT_LT(q, 0.0) << "water runs up the bore";
  const double carried = -q * 100.0 * 100.0;
  const metrics::BoreLayerMass& upper = row_of(metrics, "chloride", 100.0, "upper");
  const metrics::BoreLayerMass& lower = row_of(metrics, "chloride", 100.0, "lower");
  EXPECT_NEAR(upper.mass_in, carried, 1e-8 * carried);
  EXPECT_NEAR(lower.mass_out, carried, 1e-8 * carried);
  EXPECT_NEAR(upper.carried_down, -carried, 1e-8 * carried);
}

// A point above the limit from the start exceeds at t = 0; one the plume reaches later exceeds
// where its own series, which starts with the initial state at t = 0, crosses the limit. The run's
// record and the series (what reports read) give one time.
TEST(SitesBoreMetrics, FirstExceedanceCountsFromTheStart) {
  Metrics metrics;
  const CaseRun r = run_with_metrics("bore_column.toml", metrics);
  const auto& rows = metrics.tables.at("chloride").first_exceedance;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].point, "upper");
  EXPECT_EQ(rows[0].time, 0.0);
  const auto& series = r.results.series.at("monitoring/lower/chloride");
  EXPECT_EQ(series.front()[0], 0.0);
  EXPECT_EQ(series.front()[1], 0.0);  // clean at the start
  std::vector<double> times, values;
  for (const auto& row : series) times.push_back(row[0]), values.push_back(row[1]);
  const double expected = metrics::first_exceedance_time(times, values, 50.0);
  ASSERT_FALSE(std::isnan(expected));
  EXPECT_EQ(rows[1].point, "lower");
  EXPECT_EQ(rows[1].time, expected);
  EXPECT_GT(rows[1].time, 0.0);
  EXPECT_EQ(r.results.series.at("monitoring/upper/chloride").front()[1], 100.0);
}

// The small site with the default tvd scheme: AW-1 is open in gravel (two grid layers), red clay
// and karst; one row per case layer, and the layers sum to the bore's budget line (1e-9: the same
// numbers summed two ways). Water runs down, so gravel only loses and karst only gains.
TEST(SitesBoreMetrics, LayersOfTheBoreSumToItsBudgetLine) {
  Metrics metrics;
  const CaseRun r = run_with_metrics("tiny_site.toml", metrics);
  for (const std::string species : {"chloride", "ammonia_n", "cadmium"}) {
    for (std::size_t output = 0; output < r.results.transport.size(); ++output) {
      const double t = r.results.transport[output].time;
      const LineMass line = budget_line(r, species, output, "abandoned_well:AW-1");
      ASSERT_GT(line.in, 0.0);
      double in = 0.0, out = 0.0;
      int rows = 0;
      for (const metrics::BoreLayerMass& row : metrics.tables.at(species).abandoned_wells) {
        if (row.time != t) continue;
        ++rows;
        in += row.mass_in;
        out += row.mass_out;
      }
      EXPECT_EQ(rows, 3) << "gravel, red clay, karst";
      EXPECT_NEAR(in, line.in, 1e-9 * line.in) << species << " at " << t;
      EXPECT_NEAR(out, line.out, 1e-9 * line.out) << species << " at " << t;
      EXPECT_EQ(row_of(metrics, species, t, "gravel").mass_in, 0.0);
      EXPECT_EQ(row_of(metrics, species, t, "karst").mass_out, 0.0);
      EXPECT_GT(row_of(metrics, species, t, "karst").mass_in, 0.0);
    }
  }
  const double karst = row_of(metrics, "ammonia_n", r.results.transport.back().time, "karst").mass_in;
  RecordProperty("ammonia_into_karst_kg", figure(karst / 1000.0));
}

// AW-1's distance is that of the plume it put into the karst (and the red clay, which it also feeds
// a little), not of the landfill's plume in the gravel that passes it. Chloride (limit 350 mg/L)
// stays below its limit in the karst and around the bore in the red clay (it exceeds in the red
// clay only under the landfill, which leaks through it): no distance, though the gravel plume
// exceeds near the well. Ammonium exceeds in the karst: its distance is at most the farthest karst
// or red clay cell above the limit.
TEST(SitesBoreMetrics, AbandonedWellDistanceIsThatOfItsOwnPlume) {
  Metrics metrics;
  const CaseRun r = run_with_metrics("tiny_site.toml", metrics);
  const Grid& g = r.model.grid->grid;
  const Point well{310.0, 230.0};
  const metrics::CellMask below_gravel = metrics::cells_of_layers(g, {2, 3});
  const auto distance = [&](const std::string& species, double t) {
    for (const metrics::SourceDistance& d : metrics.tables.at(species).distance)
      if (d.source == "AW-1" && d.time == t) return d.distance;
    return -1.0;
  };
  for (std::size_t output = 0; output < r.results.transport.size(); ++output) {
    const double t = r.results.transport[output].time;
    const auto& cl = r.results.transport[output].concentration.at("chloride");
    double karst_peak = 0.0;
    for (std::int64_t n = 0; n < g.cell_count(); ++n)
      if (g.cell(n).k == 3) karst_peak = std::max(karst_peak, cl[std::size_t(n)]);
    EXPECT_LT(karst_peak, 350.0);
    const auto column = g.locate(well[0], well[1]);
    ASSERT_TRUE(column.has_value());
    const std::int64_t clay_at_bore = g.index(2, (*column)[0], (*column)[1]);
    EXPECT_LT(cl[std::size_t(clay_at_bore)], 350.0);
    EXPECT_TRUE(std::isnan(distance("chloride", t))) << t;
    EXPECT_FALSE(std::isnan(metrics::farthest_distance(g, cl, 350.0, well))) << "the gravel plume passes the well";

    const auto& nh4 = r.results.transport[output].concentration.at("ammonia_n");
    const double own = distance("ammonia_n", t);
    const double any_below =
        metrics::farthest_distance(g, metrics::cells_above(g, nh4, 1.5, below_gravel), Polygon{well});
    ASSERT_FALSE(std::isnan(own)) << t;
    EXPECT_LE(own, any_below) << t;
  }
}

// [metrics] layers = karst: the plume's peak and area are those of the karst cells (worked out
// here from the stored field), the dissolved mass is still the whole model's, the points in the
// gravel keep their first exceedance, and the run says which layers counted.
TEST(SitesBoreMetrics, MetricsLayersRestrictThePlumeFigures) {
  Metrics all, karst;
  run_with_metrics("tiny_site.toml", all);
  const CaseRun r = run_with_metrics("tiny_site.toml", karst, {"metrics.layers=[\"karst\"]"});
  ASSERT_FALSE(karst.layers.empty());
  EXPECT_EQ(karst.layers.front(), (std::vector<std::string>{"karst"}));
  EXPECT_EQ(all.layers.front(), (std::vector<std::string>{"gravel", "red clay", "karst"}));
  const Grid& g = r.model.grid->grid;
  for (std::size_t output = 0; output < r.results.transport.size(); ++output) {
    const auto& c = r.results.transport[output].concentration.at("ammonia_n");
    double peak = -1.0, area = 0.0;
    for (int i = 0; i < g.ny; ++i)
      for (int j = 0; j < g.nx; ++j) {
        const std::int64_t n = g.index(3, i, j);  // the karst is grid layer 3
        peak = std::max(peak, c[std::size_t(n)]);
        if (c[std::size_t(n)] > 1.5) area += g.area(n);
      }
    const metrics::PlumeSummary& s = karst.tables.at("ammonia_n").summary.at(output);
    const metrics::PlumeSummary& whole = all.tables.at("ammonia_n").summary.at(output);
    EXPECT_EQ(s.peak, peak);
    EXPECT_EQ(s.peak_cell->k, 3);
    EXPECT_NEAR(s.area_above_limit, area, 1e-12 * area);
    EXPECT_LT(s.peak, whole.peak) << "the landfill's gravel is not counted";
    EXPECT_EQ(s.dissolved_mass, whole.dissolved_mass);
  }
  const auto& points = karst.tables.at("ammonia_n").first_exceedance;
  ASSERT_EQ(points.size(), 2u);
  EXPECT_EQ(points[0].point, "shallow");
  EXPECT_EQ(points[0].time, all.tables.at("ammonia_n").first_exceedance[0].time);
  EXPECT_FALSE(std::isnan(points[0].time));
}

// The supply well, which no receptor names, is watched every step like one: its largest mass rate
// out is at least what the budget shows at each output time (one of the steps it watched).
TEST(SitesBoreMetrics, EveryPumpingWellIsWatchedEveryStep) {
  Metrics metrics;
  run_with_metrics("tiny_site.toml", metrics);
  const metrics::MetricsTable& t = metrics.tables.at("ammonia_n");
  const auto well = std::find_if(t.receptors.begin(), t.receptors.end(),
                                 [](const metrics::ReceptorSummary& r) { return r.receptor == "karst supply"; });
  ASSERT_NE(well, t.receptors.end());
  EXPECT_EQ(well->kind, "well");
  int outputs = 0;
  for (const metrics::MassFlux& f : t.mass_flux) {
    if (f.term != "well:karst supply") continue;
    ++outputs;
    EXPECT_GE(well->peak_mass_flux, f.rate_out);
  }
  EXPECT_EQ(outputs, 2);
}

}  // namespace
}  // namespace gwp::testing
