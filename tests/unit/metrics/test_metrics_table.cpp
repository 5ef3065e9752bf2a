// The metrics of a species as table rows: built from the hand-worked plume of plume_fixture.hpp
// (the same truths as plume_metrics_test.cpp, here checking that each figure lands in its
// column), then written through ResultWriter and read back through ResultReader. Stored values
// are compared exactly: HDF5 keeps doubles, NaN included, bit for bit.
#include "postprocess/metrics/metrics_table.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "../results/result_fixture.hpp"
#include "core/errors.hpp"
#include "plume_fixture.hpp"
#include "postprocess/metrics/plume_metrics.hpp"
#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {
namespace {

constexpr double kRelative = 1e-12;  // sums of a few products of short decimals

// Both are NaN, or they are equal.
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

TEST(MetricsTable, SummaryPutsEachLimitInItsColumns) {
  const Grid grid = test::plume_grid();
  const std::vector<double> water = water_volumes(grid, test::plume_porosity(grid));
  // The run's limit 2.5 mg/L, class III 1.0 mg/L.
  const PlumeSummary row =
      summarise_plume(grid, 100.0, test::plume_field(grid), water, {2.5, 1.0}, 42.0);
  EXPECT_EQ(row.time, 100.0);
  EXPECT_EQ(row.peak, 3.0);
  ASSERT_TRUE(row.peak_cell.has_value());
  EXPECT_EQ(row.peak_cell->k, 1);
  // Above 2.5 only (1,0,1): 20 x 8 m, 6 m thick.
  EXPECT_NEAR(row.area_above_limit, 160.0, 160.0 * kRelative);
  EXPECT_NEAR(row.volume_above_limit, 960.0, 960.0 * kRelative);
  // Above 1.0: 280 m2 and 2320 m3 (plume_metrics_test.cpp).
  EXPECT_NEAR(row.area_above_class_iii, 280.0, 280.0 * kRelative);
  EXPECT_NEAR(row.volume_above_class_iii, 2320.0, 2320.0 * kRelative);
  EXPECT_NEAR(row.dissolved_mass, 1224.0, 1224.0 * kRelative);
  EXPECT_EQ(row.sorbed_mass, 42.0);
  // Centre elevation (384 x 8 + 576 x 3 + 216 x 3 + 48 x 8) / 1224 m.
  EXPECT_NEAR(row.centre[2], 5832.0 / 1224.0, 5.0 * kRelative);
}

TEST(MetricsTable, SpeciesWithoutClassIIIHasNaNThere) {
  const Grid grid = test::plume_grid();
  const std::vector<double> water = water_volumes(grid, test::plume_porosity(grid));
  PlumeLimits limits;
  limits.limit = 1.0;
  const PlumeSummary row = summarise_plume(grid, 0.0, test::plume_field(grid), water, limits, 0.0);
  EXPECT_NEAR(row.area_above_limit, 280.0, 280.0 * kRelative);
  EXPECT_TRUE(std::isnan(row.area_above_class_iii));
  EXPECT_TRUE(std::isnan(row.volume_above_class_iii));
}

TEST(MetricsTable, OneDistanceRowPerSource) {
  const Grid grid = test::plume_grid();
  // The landfill over column (0,0) and a well at the centre of column (2,3), as in
  // plume_metrics_test.cpp: 14 m and 37.5 m above 1.0 mg/L.
  const std::vector<PlumeSource> sources{
      {"landfill", {{988.0, 2016.0}, {996.0, 2022.0}, {991.2, 2028.4}, {983.2, 2022.4}}},
      {"AW-1", {{1030.4, 2030.3}}}};
  const std::vector<SourceDistance> rows =
      source_distances(grid, 365.0, test::plume_field(grid), 1.0, sources);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].source, "landfill");
  EXPECT_EQ(rows[0].time, 365.0);
  EXPECT_NEAR(rows[0].distance, 14.0, 1e-9);  // m, through the rotation
  EXPECT_EQ(rows[1].source, "AW-1");
  EXPECT_NEAR(rows[1].distance, 37.5, 1e-9);
}

// [metrics] layers = the upper layer: the plume's figures are those of layer 0 (2.0 at (0,0,1),
// 1.0 at (0,1,3)), the dissolved mass and its centre still the whole model's, as the budget's.
TEST(MetricsTable, CountedLayersShapeThePlumeButNotTheMass) {
  const Grid grid = test::plume_grid();
  const std::vector<double> water = water_volumes(grid, test::plume_porosity(grid));
  const CellMask upper = cells_of_layers(grid, {0});
  const PlumeSummary row = summarise_plume(grid, 100.0, test::plume_field(grid), water, {1.5, 0.5}, 0.0, upper);
  EXPECT_EQ(row.peak, 2.0);
  ASSERT_TRUE(row.peak_cell.has_value());
  EXPECT_EQ(row.peak_cell->k, 0);
  EXPECT_NEAR(row.area_above_limit, 160.0, 160.0 * kRelative);       // (0,0,1): 20 x 8 m
  EXPECT_NEAR(row.volume_above_limit, 640.0, 640.0 * kRelative);     // 4 m thick
  EXPECT_NEAR(row.area_above_class_iii, 200.0, 200.0 * kRelative);   // and (0,1,3): 5 x 8 m
  EXPECT_NEAR(row.volume_above_class_iii, 800.0, 800.0 * kRelative);
  EXPECT_NEAR(row.dissolved_mass, 1224.0, 1224.0 * kRelative);
  const std::vector<SourceDistance> rows = source_distances(
      grid, 100.0, test::plume_field(grid), 1.0,
      {{"landfill", {{988.0, 2016.0}, {996.0, 2022.0}, {991.2, 2028.4}, {983.2, 2022.4}}}}, upper);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NEAR(rows[0].distance, 10.0, 1e-9);  // column (0,1) only; (2,0) at 14 m is in layer 1
}

// Rows of two output times, then the first exceedances once the run has ended.
std::vector<MetricsTable> run_rows() {
  MetricsTable t100;
  PlumeSummary s;
  s.time = 100.0;
  s.peak = 3.0;
  s.peak_cell = CellIndex{1, 0, 1};
  s.area_above_limit = 160.0;
  s.volume_above_limit = 960.0;  // class III left NaN: a species without one
  s.dissolved_mass = 1224.0;
  s.sorbed_mass = 42.0;
  s.centre = {1012.5, 2017.25, 4.75};
  t100.summary = {s};
  t100.distance = {{100.0, "landfill", 14.0}, {100.0, "AW-1", kNoValue}};
  t100.mass_flux = {{100.0, "river:Yujiang", "river", 0.0, 3.5},
                    {100.0, "abandoned_well:AW-1", "connection", 1.25, 0.5}};
  t100.abandoned_wells = {{100.0, "AW-1", "sand-gravel", 0.0, 250.0, 250.0, 0.0, 1.25, 1.25},
                          {100.0, "AW-1", "karst", 250.0, 0.0, 0.0, 1.25, 0.0, 0.0}};
  t100.metrics_layers = {"sand-gravel", "karst"};
  MetricsTable t1000;
  PlumeSummary empty;  // nothing in the model yet: no peak cell, NaN centre
  empty.time = 1000.0;
  t1000.summary = {empty};
  t1000.distance = {{1000.0, "landfill", 30.0}};
  MetricsTable end;
  end.first_exceedance = {{"MW-1", 212.5}, {"village well", kNoValue}};
  return {t100, t1000, end};
}

TEST(MetricsTable, WrittenTablesReadBackWithUnits) {
  const test::TempDir dir("gwp-metrics-table");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  {
    results::ResultWriter writer(path, test::small_header(grid));
    for (const MetricsTable& rows : run_rows()) write_metrics(writer, "ammonia_n", rows);
    writer.finish_complete();
  }
  const results::ResultReader result(path);
  std::vector<std::string> children;
  for (const results::h5::Child& child : result.list("/metrics/ammonia_n")) {
    EXPECT_EQ(child.kind, results::h5::ObjectKind::dataset) << child.name;
    children.push_back(child.name);
  }
  EXPECT_EQ(children, (std::vector<std::string>{"abandoned_wells", "distance", "first_exceedance", "mass_flux",
                                                "receptors", "summary"}));
  // The layers the figures count, once, on /metrics; each table that measures says how.
  EXPECT_EQ(read_metrics_layers(result), (std::vector<std::string>{"sand-gravel", "karst"}));
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/distance", "definition"), kDistanceDefinition);
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/first_exceedance", "definition"), kFirstExceedanceDefinition);
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/receptors", "definition"), kFirstExceedanceDefinition);
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/abandoned_wells", "definition"), kAbandonedWellsDefinition);
  EXPECT_EQ(result.texts_attribute("/metrics/ammonia_n/abandoned_wells", "column_units"),
            (std::vector<std::string>{"d", "", "", "g", "g", "g", "g/d", "g/d", "g/d"}));

  const results::h5::Table summary = result.read_table("/metrics/ammonia_n/summary");
  std::vector<std::string> names;
  for (const results::h5::TableColumn& c : summary.columns) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{
                       "time", "peak", "peak_layer", "peak_row", "peak_column", "area_above_limit",
                       "volume_above_limit", "area_above_class_iii", "volume_above_class_iii",
                       "dissolved_mass", "sorbed_mass", "centre_x", "centre_y", "centre_z"}));
  EXPECT_EQ(summary.column("time").reals, (std::vector<double>{100.0, 1000.0}));
  EXPECT_EQ(summary.column("peak_column").reals[0], 1.0);
  EXPECT_TRUE(std::isnan(summary.column("peak_layer").reals[1]));
  EXPECT_EQ(result.texts_attribute("/metrics/ammonia_n/summary", "column_units"),
            (std::vector<std::string>{"d", "mg/L", "1", "1", "1", "m2", "m3", "m2", "m3", "g", "g",
                                      "m", "m", "m"}));
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/distance", "units"), "m");
  EXPECT_EQ(result.texts_attribute("/metrics/ammonia_n/mass_flux", "column_units"),
            (std::vector<std::string>{"d", "", "", "g/d", "g/d"}));
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/first_exceedance", "units"), "d");
  for (const char* table : {"summary", "distance", "mass_flux", "first_exceedance"}) {
    EXPECT_TRUE(result.has_attribute(std::string("/metrics/ammonia_n/") + table, "units")) << table;
  }

  // Everything written comes back, row for row, in the order written.
  const MetricsTable back = read_metrics(result, "ammonia_n");
  const std::vector<MetricsTable> written = run_rows();
  ASSERT_EQ(back.summary.size(), 2u);
  for (std::size_t r = 0; r < 2; ++r) {
    const PlumeSummary& a = written[r].summary[0];
    const PlumeSummary& b = back.summary[r];
    EXPECT_EQ(a.peak_cell.has_value(), b.peak_cell.has_value()) << r;
    if (a.peak_cell && b.peak_cell) {
      EXPECT_EQ(b.peak_cell->k, a.peak_cell->k);
      EXPECT_EQ(b.peak_cell->i, a.peak_cell->i);
      EXPECT_EQ(b.peak_cell->j, a.peak_cell->j);
    }
    const double expected[] = {a.time, a.peak, a.area_above_limit, a.volume_above_limit,
                               a.area_above_class_iii, a.volume_above_class_iii, a.dissolved_mass,
                               a.sorbed_mass, a.centre[0], a.centre[1], a.centre[2]};
    const double got[] = {b.time, b.peak, b.area_above_limit, b.volume_above_limit,
                          b.area_above_class_iii, b.volume_above_class_iii, b.dissolved_mass,
                          b.sorbed_mass, b.centre[0], b.centre[1], b.centre[2]};
    for (std::size_t c = 0; c < std::size(expected); ++c) {
      EXPECT_TRUE(same(got[c], expected[c])) << "row " << r << " value " << c << ": " << got[c];
    }
  }
  ASSERT_EQ(back.distance.size(), 3u);
  EXPECT_EQ(back.distance[1].source, "AW-1");
  EXPECT_TRUE(std::isnan(back.distance[1].distance));
  EXPECT_EQ(back.distance[2].time, 1000.0);
  EXPECT_EQ(back.distance[2].distance, 30.0);
  ASSERT_EQ(back.mass_flux.size(), 2u);
  EXPECT_EQ(back.mass_flux[1].term, "abandoned_well:AW-1");
  EXPECT_EQ(back.mass_flux[1].kind, "connection");
  EXPECT_EQ(back.mass_flux[1].rate_in, 1.25);
  EXPECT_EQ(back.mass_flux[1].rate_out, 0.5);
  ASSERT_EQ(back.abandoned_wells.size(), 2u);
  EXPECT_EQ(back.abandoned_wells[0].well, "AW-1");
  EXPECT_EQ(back.abandoned_wells[0].layer, "sand-gravel");
  EXPECT_EQ(back.abandoned_wells[0].mass_out, 250.0);
  EXPECT_EQ(back.abandoned_wells[0].carried_down, 250.0);
  EXPECT_EQ(back.abandoned_wells[0].rate_down, 1.25);
  EXPECT_EQ(back.abandoned_wells[1].layer, "karst");
  EXPECT_EQ(back.abandoned_wells[1].mass_in, 250.0);
  EXPECT_EQ(back.abandoned_wells[1].rate_in, 1.25);
  ASSERT_EQ(back.first_exceedance.size(), 2u);
  EXPECT_EQ(back.first_exceedance[0].point, "MW-1");
  EXPECT_EQ(back.first_exceedance[0].time, 212.5);
  EXPECT_EQ(back.first_exceedance[1].point, "village well");
  EXPECT_TRUE(std::isnan(back.first_exceedance[1].time));
}

TEST(MetricsTable, MissingSpeciesAndBadNamesAreRejected) {
  const test::TempDir dir("gwp-metrics-missing");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  {
    results::ResultWriter writer(path, test::small_header(grid));
    EXPECT_THROW(write_metrics(writer, "a/b", MetricsTable{}), std::invalid_argument);
    EXPECT_THROW(write_metrics(writer, "", MetricsTable{}), std::invalid_argument);
    write_metrics(writer, "chloride", MetricsTable{});  // all six tables, no rows yet
    writer.finish_complete();
  }
  const results::ResultReader result(path);
  EXPECT_EQ(result.dims("/metrics/chloride/summary"), (std::vector<std::size_t>{0}));
  EXPECT_TRUE(read_metrics_layers(result).empty()) << "a result that does not say which layers count";
  EXPECT_THROW(read_metrics(result, "ammonia_n"), IoError);
}

}  // namespace
}  // namespace gwp::metrics
