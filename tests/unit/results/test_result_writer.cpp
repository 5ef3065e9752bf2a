// The result file written through ResultWriter and read back through ResultReader. The truth is
// the fixture's closed-form fields and budget (result_fixture.hpp); values are compared exactly
// because HDF5 stores doubles losslessly (gzip is lossless), except where a sum is recomputed.
#include "results/result_writer.hpp"

#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>

#include "core/errors.hpp"
#include "result_fixture.hpp"
#include "results/result_reader.hpp"

namespace gwp::results {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

// Writes the fixture into a complete result at `path`.
void write_complete(const std::string& path, const Grid& grid) {
  ResultWriter writer(path, test::small_header(grid));
  test::feed(writer, grid);
  writer.finish_complete();
}

TEST(ResultWriter, CompleteRunIsRenamedWithRootAttributes) {
  const TempDir dir("gwp-result-complete");
  const std::string path = dir.file("out/case/result.h5");  // the directories do not exist yet
  const Grid grid = test::small_grid();
  write_complete(path, grid);

  EXPECT_TRUE(fs::exists(path));
  EXPECT_FALSE(fs::exists(partial_path(path))) << "the partial file must be renamed, not copied";
  const ResultReader result(path);
  EXPECT_EQ(result.text_attribute("/", "format"), "gwplume-result");
  EXPECT_EQ(result.number_attribute("/", "format_version"), 1.0);
  EXPECT_EQ(result.text_attribute("/", "program_version"), "0.1.0-test");
  EXPECT_EQ(result.text_attribute("/", "case_name"), "fixture-case");
  EXPECT_EQ(result.text_attribute("/", "case_title"), "Fixture case, baseline");
  EXPECT_EQ(result.text_attribute("/", "case_toml"), "[case]\nname = \"fixture-case\"\n");
  EXPECT_EQ(result.text_attribute("/", "status"), "complete");
  EXPECT_FALSE(result.has_attribute("/", "failure"));

  const std::string created = result.text_attribute("/", "created");
  ASSERT_TRUE(std::regex_match(created, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
      << created;
  std::tm utc{};
  ASSERT_NE(strptime(created.c_str(), "%Y-%m-%dT%H:%M:%SZ", &utc), nullptr);
  // Written moments ago: a few minutes allows for a slow machine, a wrong time zone would not pass.
  EXPECT_LT(std::abs(std::difftime(std::time(nullptr), timegm(&utc))), 300.0) << created;
}

TEST(ResultWriter, GridIsStoredInLayerRowColumnOrder) {
  const TempDir dir("gwp-result-grid");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  const ResultReader result(path);

  EXPECT_EQ(result.number_attribute("/grid", "nx"), 4.0);
  EXPECT_EQ(result.number_attribute("/grid", "ny"), 3.0);
  EXPECT_EQ(result.number_attribute("/grid", "nz"), 2.0);
  EXPECT_EQ(result.numbers_attribute("/grid", "origin"), (std::vector<double>{500.0, 1200.0}));
  EXPECT_EQ(result.number_attribute("/grid", "rotation"), 15.0);
  EXPECT_EQ(result.text_attribute("/grid", "crs"), "EPSG:4546");

  EXPECT_EQ(result.read("/grid/dx").values, grid.dx);
  EXPECT_EQ(result.read("/grid/dy").values, grid.dy);
  const h5::Array top = result.read("/grid/top");
  EXPECT_EQ(top.dims, (std::vector<hsize_t>{3, 4}));
  // Row 2, column 3 (south-east corner) from the fixture's formula 50 - 0.5 i + 0.25 j.
  EXPECT_EQ(top.values[2 * 4 + 3], 50.0 - 1.0 + 0.75);
  const h5::Array bottom = result.read("/grid/bottom");
  EXPECT_EQ(bottom.dims, (std::vector<hsize_t>{2, 3, 4}));
  EXPECT_EQ(bottom.values, grid.bottom);
  const h5::Array active = result.read("/grid/active");
  EXPECT_EQ(active.dims, (std::vector<hsize_t>{2, 3, 4}));
  for (std::size_t n = 0; n < active.values.size(); ++n) {
    const bool inactive =
        n == std::size_t(grid.index(test::kInactiveK, test::kInactiveI, test::kInactiveJ));
    EXPECT_EQ(active.values[n], inactive ? 0.0 : 1.0) << "cell " << n;
  }
  EXPECT_EQ(result.read_texts("/grid/layer_names"),
            (std::vector<std::string>{"upper aquifer", "lower aquifer"}));
  EXPECT_EQ(result.text_attribute("/grid/dx", "units"), "m");
  EXPECT_EQ(result.text_attribute("/grid/active", "units"), "1");
}

TEST(ResultWriter, PropertiesCarryValuesAndUnits) {
  const TempDir dir("gwp-result-properties");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  const ResultReader result(path);

  const std::vector<h5::Child> names = result.list("/properties");
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].name, "kh");
  EXPECT_EQ(names[1].name, "porosity");
  const h5::Array kh = result.read("/properties/kh");
  EXPECT_EQ(kh.dims, (std::vector<hsize_t>{2, 3, 4}));
  for (int k = 0; k < 2; ++k)
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 4; ++j)
        EXPECT_EQ(kh.values[std::size_t((k * 3 + i) * 4 + j)], test::kh_at(k, i, j));
  EXPECT_EQ(result.text_attribute("/properties/kh", "units"), "m/d");
  EXPECT_EQ(result.text_attribute("/properties/porosity", "units"), "1");
}

TEST(ResultWriter, FlowFieldsAreTimeSlicesWithInactiveCellsMarked) {
  const TempDir dir("gwp-result-flow");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  const ResultReader result(path);
  const std::int64_t inactive = grid.index(test::kInactiveK, test::kInactiveI, test::kInactiveJ);

  EXPECT_EQ(result.read("/flow/times").values, test::flow_times());
  EXPECT_EQ(result.text_attribute("/flow/times", "units"), "d");
  EXPECT_EQ(result.dims("/flow/head"), (std::vector<std::size_t>{2, 2, 3, 4}));
  EXPECT_EQ(result.text_attribute("/flow/head", "units"), "m");
  EXPECT_EQ(result.number_attribute("/flow/head", "inactive_value"), -1e30);
  for (std::size_t s = 0; s < 2; ++s) {
    const double t = test::flow_times()[s];
    const h5::Array head = result.read_slice("/flow/head", s);
    EXPECT_EQ(head.dims, (std::vector<hsize_t>{2, 3, 4}));
    for (std::int64_t n = 0; n < grid.cell_count(); ++n) {
      const CellIndex c = grid.cell(n);
      const double expected = n == inactive ? -1e30 : test::head_at(c.k, c.i, c.j, t);
      EXPECT_EQ(head.values[std::size_t(n)], expected) << "time " << t << " cell " << n;
    }
  }

  const h5::Array flux = result.read("/flow/darcy_flux");
  EXPECT_EQ(flux.dims, (std::vector<hsize_t>{2, 2, 3, 4, 3}));
  EXPECT_EQ(result.text_attribute("/flow/darcy_flux", "units"), "m/d");
  EXPECT_EQ(result.texts_attribute("/flow/darcy_flux", "components"),
            (std::vector<std::string>{"qx", "qy", "qz"}));
  const std::size_t per_time = std::size_t(grid.cell_count()) * 3;
  for (std::size_t s = 0; s < 2; ++s)
    for (std::int64_t n = 0; n < grid.cell_count(); ++n)
      for (int axis = 0; axis < 3; ++axis) {
        const double expected =
            n == inactive ? -1e30 : test::flux_at(n, axis, test::flow_times()[s]);
        EXPECT_EQ(flux.values[s * per_time + std::size_t(n) * 3 + std::size_t(axis)], expected);
      }
}

TEST(ResultWriter, FlowBudgetTableBalancesToItsDiscrepancy) {
  const TempDir dir("gwp-result-budget");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  const ResultReader result(path);

  const std::vector<FlowBudgetRow> rows = result.flow_budget();
  ASSERT_EQ(rows.size(), 12u);  // 6 lines at each of 2 times
  const std::vector<std::string> kinds{"storage",  "head", "river",
                                       "recharge", "well", "connection"};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r].time, test::flow_times()[r / 6]) << "row " << r;
    EXPECT_EQ(rows[r].kind, kinds[r % 6]) << "row " << r << " " << rows[r].term;
  }
  EXPECT_EQ(rows[1].term, "head:west");
  EXPECT_EQ(rows[11].term, "abandoned_well:AW-1");
  EXPECT_EQ(rows[8].outflow, 10.0 + 365.25);
  EXPECT_EQ(result.text_attribute("/flow/budget", "units"), "m3/d");
  EXPECT_EQ(result.texts_attribute("/flow/budget", "column_units"),
            (std::vector<std::string>{"d", "", "", "m3/d", "m3/d"}));

  // Conservation: the stored discrepancy must equal 100 (in - out) / ((in + out) / 2) of the
  // stored rows of its time. 1e-12 relative allows for a different order of summation.
  const h5::Array discrepancy = result.read("/flow/discrepancy_percent");
  ASSERT_EQ(discrepancy.dims, (std::vector<hsize_t>{2}));
  EXPECT_EQ(result.text_attribute("/flow/discrepancy_percent", "units"), "%");
  for (std::size_t s = 0; s < 2; ++s) {
    double in = 0.0, out = 0.0;
    for (const FlowBudgetRow& row : rows) {
      if (row.time != test::flow_times()[s]) continue;
      in += row.inflow;
      out += row.outflow;
    }
    const double expected = 100.0 * (in - out) / ((in + out) / 2.0);
    EXPECT_NEAR(discrepancy.values[s], expected, 1e-12 * std::abs(expected)) << "time " << s;
    EXPECT_NE(expected, 0.0) << "the fixture's budget is meant to be out of balance";
  }
}

TEST(ResultWriter, SeriesAreRowsOfTimeAndValues) {
  const TempDir dir("gwp-result-series");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  const ResultReader result(path);

  const h5::Array head = result.read("/monitoring/MW-2/head");
  EXPECT_EQ(head.dims, (std::vector<hsize_t>{2, 2}));
  for (std::size_t s = 0; s < 2; ++s) {
    const double t = test::flow_times()[s];
    EXPECT_EQ(head.values[s * 2], t);
    EXPECT_EQ(head.values[s * 2 + 1], test::head_at(0, 1, 2, t));
  }
  EXPECT_EQ(result.text_attribute("/monitoring/MW-2/head", "units"), "m");
  EXPECT_EQ(result.texts_attribute("/monitoring/MW-2/head", "columns"),
            (std::vector<std::string>{"time", "head"}));

  const h5::Array flow = result.read("/wells/AW-1/flow");
  EXPECT_EQ(flow.dims, (std::vector<hsize_t>{2, 3}));
  EXPECT_EQ(flow.values[3], 365.25);
  EXPECT_EQ(flow.values[4], 0.5 * 365.25);
  EXPECT_EQ(flow.values[5], -0.25 * 365.25);
  EXPECT_EQ(result.texts_attribute("/wells/AW-1/flow", "columns"),
            (std::vector<std::string>{"time", "flow_1", "flow_2"}));
  EXPECT_EQ(result.texts_attribute("/wells/AW-1/flow", "column_units"),
            (std::vector<std::string>{"d", "m3/d", "m3/d"}));
}

// Every dataset below `path`, found by walking the groups.
void collect_datasets(const ResultReader& result, const std::string& path,
                      std::vector<std::string>& out) {
  for (const h5::Child& child : result.list(path)) {
    const std::string below = (path == "/" ? "" : path) + "/" + child.name;
    if (child.kind == h5::ObjectKind::group) collect_datasets(result, below, out);
    if (child.kind == h5::ObjectKind::dataset) out.push_back(below);
  }
}

TEST(ResultWriter, EveryDatasetCarriesUnits) {
  const TempDir dir("gwp-result-units");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  const ResultReader result(path);
  std::vector<std::string> datasets;
  collect_datasets(result, "/", datasets);
  // 6 in /grid, 2 in /properties, 5 in /flow, 2 series: the walk found them all.
  EXPECT_EQ(datasets.size(), 15u);
  for (const std::string& dataset : datasets) {
    EXPECT_TRUE(result.has_attribute(dataset, "units")) << dataset;
  }
}

TEST(ResultWriter, FailedRunStaysPartialAndSaysWhy) {
  const TempDir dir("gwp-result-failed");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  {
    ResultWriter writer(path, test::small_header(grid));
    test::feed(writer, grid);
    writer.finish_failed("no convergence at t = 10 d", false);
    EXPECT_THROW(writer.on_series("monitoring/MW-2/head", "m", 20.0, {1.0}), std::logic_error);
  }
  EXPECT_FALSE(fs::exists(path)) << "a failed run must not look whole";
  ASSERT_TRUE(fs::exists(partial_path(path)));
  const ResultReader result(partial_path(path));
  EXPECT_EQ(result.text_attribute("/", "status"), "failed");
  EXPECT_EQ(result.text_attribute("/", "failure"), "no convergence at t = 10 d");
  EXPECT_EQ(result.dims("/flow/head"), (std::vector<std::size_t>{2, 2, 3, 4}));
}

TEST(ResultWriter, InterruptedRunSaysSo) {
  const TempDir dir("gwp-result-interrupted");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  {
    ResultWriter writer(path, test::small_header(grid));
    writer.finish_failed("stopped by the user (SIGINT)", true);
  }
  EXPECT_FALSE(fs::exists(path));
  const ResultReader result(partial_path(path));
  EXPECT_EQ(result.text_attribute("/", "status"), "interrupted");
  EXPECT_EQ(result.text_attribute("/", "failure"), "stopped by the user (SIGINT)");
}

TEST(ResultWriter, WriterDestroyedWithoutFinishingLeavesInterruptedPartial) {
  const TempDir dir("gwp-result-abandoned");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  {
    ResultWriter writer(path, test::small_header(grid));
    test::feed(writer, grid);
  }
  EXPECT_FALSE(fs::exists(path));
  const ResultReader result(partial_path(path));
  EXPECT_EQ(result.text_attribute("/", "status"), "interrupted");
  EXPECT_FALSE(result.has_attribute("/", "failure"));
  EXPECT_EQ(result.read("/flow/times").values, test::flow_times()) << "what was written is kept";
}

TEST(ResultWriter, CompleteRunReplacesOlderResultAndStalePartial) {
  const TempDir dir("gwp-result-replace");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  write_complete(path, grid);
  std::ofstream(partial_path(path)) << "left behind by a killed run";

  ResultHeader header = test::small_header(grid);
  header.case_name = "second-run";
  ResultWriter writer(path, header);
  writer.finish_complete();
  EXPECT_FALSE(fs::exists(partial_path(path)));
  const ResultReader result(path);
  EXPECT_EQ(result.text_attribute("/", "case_name"), "second-run");
  EXPECT_FALSE(result.exists("/flow")) << "nothing of the older result may remain";
}

TEST(ResultWriter, FieldsOfAGroupShareTheirTimes) {
  const TempDir dir("gwp-result-transport");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  ResultWriter writer(path, test::small_header(grid));
  const std::vector<double> c(std::size_t(grid.cell_count()), 2.5);
  for (double t : {10.0, 20.0}) {
    writer.append_field("transport", "ammonia_n/concentration", "mg/L", t, c);
    writer.append_field("transport", "chloride/concentration", "mg/L", t, c);
    writer.append_value("transport", "peak_ammonia_n", "mg/L", t, 2.5);
  }
  // Going back in time, or a field that missed a time of its group, is refused.
  EXPECT_THROW(writer.append_field("transport", "ammonia_n/concentration", "mg/L", 15.0, c),
               std::invalid_argument);
  writer.append_field("transport", "ammonia_n/concentration", "mg/L", 30.0, c);
  EXPECT_THROW(writer.append_field("transport", "chloride/concentration", "mg/L", 40.0, c),
               std::logic_error);
  writer.write_dataset("metrics/ammonia_n/peak", {2}, {2.5, 2.5}, "mg/L");
  writer.finish_complete();

  const ResultReader result(path);
  EXPECT_EQ(result.read("/transport/times").values, (std::vector<double>{10.0, 20.0, 30.0}));
  EXPECT_EQ(result.dims("/transport/chloride/concentration"),
            (std::vector<std::size_t>{2, 2, 3, 4}));
  EXPECT_EQ(result.dims("/transport/ammonia_n/concentration"),
            (std::vector<std::size_t>{3, 2, 3, 4}));
  EXPECT_EQ(result.read("/metrics/ammonia_n/peak").values, (std::vector<double>{2.5, 2.5}));
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/peak", "units"), "mg/L");
}

TEST(ResultWriter, WrongSizesAreRefusedNamingBothSizes) {
  const TempDir dir("gwp-result-sizes");
  const Grid grid = test::small_grid();
  ResultWriter writer(dir.file("result.h5"), test::small_header(grid));
  const std::vector<double> short_field(23, 1.0);
  try {
    writer.append_field("flow", "head", "m", 0.0, short_field);
    ADD_FAILURE() << "a field of the wrong size must be refused";
  } catch (const std::invalid_argument& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("24"), std::string::npos) << message;
    EXPECT_NE(message.find("23"), std::string::npos) << message;
  }
  ResultHeader header = test::small_header(grid);
  header.layer_names.pop_back();
  EXPECT_THROW(ResultWriter(dir.file("other.h5"), header), std::invalid_argument);
}

TEST(ResultWriter, UnwritableDirectoryIsIoError) {
  const TempDir dir("gwp-result-unwritable");
  std::ofstream(dir.file("plain-file")) << "not a directory";
  const Grid grid = test::small_grid();
  try {
    ResultWriter writer(dir.file("plain-file/result.h5"), test::small_header(grid));
    ADD_FAILURE() << "a result below a plain file cannot be written";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("plain-file"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace gwp::results
