// The figures of the report's observations section against values worked by hand: which samples
// the residual statistics count, the rows per species and overall, and the trends of the samples
// (non-detects as ties below every detection) and of the model.
#include "postprocess/reporting/observation_summary.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gwp::reporting {
namespace {

using metrics::ObservedSeries;

std::vector<ObservedSeries> two_wells() {
  // time, observed, censored, model, residual
  return {{"MW-1", "chloride", {{0, 1.0, false, 2.0, 1.0}, {365.25, 3.0, false, 2.0, -1.0}, {730.5, 0.5, true, 5.0, 4.5}}},
          {"MW-2", "chloride", {{0, 2.0, false, 2.0, 0.0}}}};
}

TEST(ReportObservations, ResidualsOfDetectedSamplesByPointSpeciesAndAll) {
  const auto rows = residual_rows(two_wells());
  ASSERT_EQ(rows.size(), 4u);  // MW-1, MW-2, chloride over both, everything
  EXPECT_EQ(rows[0].point, "MW-1");
  EXPECT_EQ(rows[0].samples, 3u);
  EXPECT_EQ(rows[0].censored, 1u);
  // Residuals +1 and -1: ME 0, MAE 1, RMSE 1, range 3 - 1.
  EXPECT_NEAR(rows[0].statistics.mean_error, 0.0, 1e-15);
  EXPECT_NEAR(rows[0].statistics.root_mean_square_error, 1.0, 1e-15);
  EXPECT_NEAR(rows[0].statistics.normalised_rmse, 0.5, 1e-15);
  EXPECT_TRUE(std::isnan(rows[1].statistics.normalised_rmse));  // one sample: no range
  EXPECT_EQ(rows[2].point, "");
  EXPECT_EQ(rows[2].species, "chloride");
  EXPECT_EQ(rows[2].samples, 4u);
  // Residuals +1, -1, 0: RMSE sqrt(2/3).
  EXPECT_NEAR(rows[2].statistics.root_mean_square_error, std::sqrt(2.0 / 3.0), 1e-15);
  EXPECT_EQ(rows[3].species, "");
}

TEST(ReportObservations, TrendsOfSamplesAndModel) {
  std::vector<ObservedSeries> s{{"MW-1", "chloride", {}}};
  // Detections 4, 3, 2 after a non-detect reported at 5: the non-detect ties below 2, so the
  // samples read (low, 4, 3, 2): S = +1 +1 +1 -1 -1 -1 = 0.
  const double obs[] = {5.0, 4.0, 3.0, 2.0}, model[] = {1.0, 2.0, 3.0, 4.0};
  for (int i = 0; i < 4; ++i) s[0].rows.push_back({365.25 * i, obs[i], i == 0, model[i], model[i] - obs[i]});
  const auto rows = trend_rows(s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_FALSE(rows[0].model);
  EXPECT_EQ(rows[0].test.s, 0.0);
  // Sen's slope of the values as recorded (5, 4, 3, 2 a year apart): -1 mg/L per year.
  EXPECT_NEAR(rows[0].sens_slope, -1.0, 1e-12);
  EXPECT_TRUE(rows[1].model);
  EXPECT_EQ(rows[1].test.s, 6.0);
  EXPECT_NEAR(rows[1].sens_slope, 1.0, 1e-12);
}

}  // namespace
}  // namespace gwp::reporting
