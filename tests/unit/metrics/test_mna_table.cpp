// The tables of natural attenuation: a well's row from its series (Mann-Kendall S counted by
// hand), then both tables written through ResultWriter and read back through ResultReader, with
// the counts stored as 64-bit integers. Stored values are compared exactly.
#include "postprocess/metrics/mna_table.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../results/result_fixture.hpp"
#include "results/h5/dataset.hpp"
#include "results/result_reader.hpp"
#include "results/result_writer.hpp"

namespace gwp::metrics {
namespace {

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

TEST(MnaTable, PointTrendOfADecliningSeries) {
  // 5, 4, 4, 2, 1 at 1..5 yr: pairs up 0, tied 1, down 9, so S = -9; Sen's slope: the median of
  // the 10 pairwise slopes (-1, -1, -1.5, -1, 0, -1, -1, -1, -1.5, -1 ... per yr) is -1 mg/L/yr.
  const std::vector<double> t{365.25, 730.5, 1095.75, 1461.0, 1826.25};
  const PointTrend row = point_trend("MW-1", "point", t, {5.0, 4.0, 4.0, 2.0, 1.0}, 1200.0);
  EXPECT_EQ(row.samples, 5u);
  EXPECT_EQ(row.s, -9.0);
  EXPECT_NEAR(row.sen_slope, -1.0, 1e-12);
  // Var(S) = (5 4 15 - 2 1 9) / 18 = 282 / 18; Z = (S + 1) / sqrt(var) = -2.0211.
  EXPECT_NEAR(row.z, -8.0 / std::sqrt(282.0 / 18.0), 1e-12);
  EXPECT_GT(row.confidence, 95.0);
  EXPECT_EQ(row.trend, "decreasing");
  EXPECT_EQ(row.below_limit_from, 1200.0);
  // Three samples: the toolkit draws no conclusion, and no Z or confidence is given.
  const PointTrend few = point_trend("MW-2", "boundary", {1, 2, 3}, {1.0, 2.0, 3.0}, 0.0);
  EXPECT_EQ(few.trend, "insufficient data");
  EXPECT_TRUE(std::isnan(few.confidence));
  // A time the series does not reach (NaN) is left out.
  EXPECT_EQ(point_trend("MW-3", "point", {1, 2, 3, 4, 5}, {std::nan(""), 1.0, 2.0, 3.0, 4.0}, 0.0).samples, 4u);
}

TEST(MnaTable, WrittenAndReadBack) {
  const test::TempDir dir("gwp-mna-table");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  MnaEvidence e;
  e.trend_from = 730.5;
  e.trends.push_back(point_trend("MW-1", "point", {1, 2, 3, 4}, {4.0, 3.0, 2.0, 1.0}, 3.5));
  e.trends.push_back(point_trend("river", "boundary", {1, 2, 3, 4}, {1.0, 1.0, 1.0, 1.0}, std::nan("")));
  e.plume = {12.5, 93.0, -6.0, -1.69, 95.4, "probably decreasing", -250.0, 0.4, 0.97, 0.3, std::nan("")};
  {
    results::ResultWriter writer(path, test::small_header(grid));
    write_mna_evidence(writer, "ammonia_n", e);
    writer.finish_complete();
  }
  const results::ResultReader result(path);
  EXPECT_EQ(result.number_attribute("/metrics/ammonia_n/trends", "trend_from"), 730.5);
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/trends", "definition"), kTrendsDefinition);
  EXPECT_EQ(result.text_attribute("/metrics/ammonia_n/plume_trend", "definition"), kPlumeTrendDefinition);
  EXPECT_EQ(result.texts_attribute("/metrics/ammonia_n/trends", "column_units"),
            (std::vector<std::string>{"", "", "1", "1", "1", "%", "1", "", "mg/L/yr", "d"}));
  const std::optional<MnaEvidence> back = read_mna_evidence(result, "ammonia_n");
  ASSERT_TRUE(back);
  ASSERT_EQ(back->trends.size(), 2u);
  for (std::size_t r = 0; r < 2; ++r) {
    const PointTrend &a = e.trends[r], &b = back->trends[r];
    EXPECT_EQ(a.point, b.point);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.samples, b.samples);
    EXPECT_EQ(a.s, b.s);
    EXPECT_EQ(a.trend, b.trend);
    for (const auto& [x, y] : {std::pair{a.z, b.z}, {a.confidence, b.confidence}, {a.cv, b.cv},
                               {a.sen_slope, b.sen_slope}, {a.below_limit_from, b.below_limit_from}})
      EXPECT_TRUE(same(x, y)) << x << " " << y;
  }
  EXPECT_EQ(back->trends[0].s, -6.0);
  EXPECT_EQ(back->plume.mass_trend, "probably decreasing");
  EXPECT_EQ(back->plume.mass_s, -6.0);
  EXPECT_EQ(back->plume.lambda, 0.3);
  EXPECT_TRUE(std::isnan(back->plume.below_limit_from));
  // Counts are stored as 64-bit integers (h5py reads int64), the rest as doubles.
  EXPECT_EQ(result.read_table("/metrics/ammonia_n/trends").column("s").reals, (std::vector<double>{-6.0, 0.0}));
  // A result without the tables (written before they existed) has none to read.
  EXPECT_FALSE(read_mna_evidence(result, "chloride"));
}

}  // namespace
}  // namespace gwp::metrics
