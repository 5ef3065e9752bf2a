// Observations beside the model: the model read linearly in time between its samples (values
// worked by hand), and the /observations table written and read back bit for bit.
#include "postprocess/metrics/observation_table.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../results/result_fixture.hpp"
#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {
namespace {

TEST(ObservationTable, ModelReadLinearlyInTime) {
  const std::vector<double> t{0.0, 10.0, 30.0}, c{0.0, 2.0, 1.0};
  EXPECT_DOUBLE_EQ(value_at(t, c, 0.0), 0.0);
  EXPECT_DOUBLE_EQ(value_at(t, c, 5.0), 1.0);
  EXPECT_DOUBLE_EQ(value_at(t, c, 10.0), 2.0);
  EXPECT_DOUBLE_EQ(value_at(t, c, 25.0), 1.25);  // 2 - 15/20
  EXPECT_DOUBLE_EQ(value_at(t, c, 30.0), 1.0);
  EXPECT_TRUE(std::isnan(value_at(t, c, 31.0)));
  EXPECT_TRUE(std::isnan(value_at({}, {}, 1.0)));
}

TEST(ObservationTable, RowsInTimeOrderWithResiduals) {
  const auto rows = compare_with_series({25.0, 5.0}, {1.0, 0.02}, {false, true}, {0.0, 10.0, 30.0}, {0.0, 2.0, 1.0});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].time, 5.0);
  EXPECT_TRUE(rows[0].censored);
  EXPECT_DOUBLE_EQ(rows[0].model, 1.0);
  EXPECT_DOUBLE_EQ(rows[0].residual, 0.98);
  EXPECT_DOUBLE_EQ(rows[1].residual, 0.25);
}

TEST(ObservationTable, WrittenAndReadBack) {
  const test::TempDir dir("gwp-observation-table");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  const ObservedSeries written{"MW 1", "chloride", {{5.0, 0.02, true, 1.0, 0.98}, {25.0, 1.0, false, 1.25, 0.25}}};
  {
    results::ResultWriter writer(path, test::small_header(grid));
    write_observations(writer, written);
    writer.finish_complete();
  }
  const results::ResultReader reader(path);
  const auto read = read_observations(reader);
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].point, "MW 1");
  EXPECT_EQ(read[0].species, "chloride");
  ASSERT_EQ(read[0].rows.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(read[0].rows[i].time, written.rows[i].time);
    EXPECT_EQ(read[0].rows[i].observed, written.rows[i].observed);
    EXPECT_EQ(read[0].rows[i].censored, written.rows[i].censored);
    EXPECT_EQ(read[0].rows[i].model, written.rows[i].model);
    EXPECT_EQ(read[0].rows[i].residual, written.rows[i].residual);
  }
  EXPECT_EQ(reader.text_attribute("/observations/MW 1/chloride", "units"), "mg/L");
}

}  // namespace
}  // namespace gwp::metrics
