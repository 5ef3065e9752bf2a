// The natural-attenuation tables a run computes, on a pulse carried along a 1-D column
// (tests/data/cases/attenuation/pulse_column.toml): the centre of dissolved mass moves at v / R,
// the first moment of the advection-dispersion equation, whatever the dispersion does; a
// conservative pulse that stays inside the column keeps its mass, so its mass trend is stable.
// Tolerance 0.2 %: the TVD limiter moves the first moment of the discrete pulse by a few parts in
// 10^4 (measured 3e-4 for R = 1 and 9e-4 for R = 5); a centre moving at v instead of v / R, or
// speeds in m/d, would be off by factors.
#include <gtest/gtest.h>

#include <cmath>

#include "app/attenuation_recorder.hpp"
#include "app/simulation.hpp"
#include "models/case_reader.hpp"

namespace gwp::app {
namespace {

struct Forward : MetricsSink {
  explicit Forward(AttenuationRecorder& a) : attenuation(a) {}
  void write_metrics(const std::string& species, const metrics::MetricsTable& rows) override {
    attenuation.on_metrics(species, rows);
  }
  AttenuationRecorder& attenuation;
};

TEST(AttenuationRecorder, PulseCentreMovesAtVOverR) {
  const model::Model m = model::build_model(
      model::read_case(std::string(GWPLUME_SOURCE_DIR) + "/tests/data/cases/attenuation/pulse_column.toml"));
  results::Observer nothing;
  AttenuationRecorder attenuation(m, nothing);
  Forward sink(attenuation);
  RunOptions options;
  options.metrics = &sink;
  run_simulation(m, attenuation, options);
  const double v = 0.24 * 365.25;  // m/yr, seepage velocity
  const auto evidence = attenuation.evidence();
  ASSERT_EQ(evidence.size(), 2u);
  for (const auto& [species, e] : evidence) {
    const double r = species == "sorbing" ? 5.0 : 1.0;
    EXPECT_NEAR(e.plume.centre_speed, v / r, 2e-3 * v / r) << species;
    EXPECT_NEAR(e.plume.centre_direction, 90.0, 1e-6) << species;  // the column runs east
    EXPECT_EQ(e.trend_from, 150.0) << species;                       // the first output time
    EXPECT_TRUE(e.trends.empty()) << species;                         // no monitoring points
  }
  // The conservative pulse keeps its mass to the solver's round-off: no trend read into it.
  EXPECT_EQ(evidence[0].second.plume.mass_trend, "stable");
  EXPECT_EQ(evidence[1].second.plume.mass_trend, "stable");
}

// The steady plume of a decaying species along the same kind of column
// (tests/data/cases/attenuation/decay_column.toml): the bulk rate the run finds along the plume's
// axis is the continuous steady profile's, v (sqrt(v^2 + 4 lambda alpha v) - v) / (2 alpha v), and
// the Buscheck-Alcantar rate gives lambda back, though alpha lambda / v = 0.083 puts the bulk rate
// 7 % below it. Tolerance 0.5 %: the steady profile of 10 m cells with alpha = 10 m decays 4e-4
// faster than the continuous one (measured); a velocity off by the held cell's half flux, or a
// rate without the dispersion taken out, would be off by 0.8 % and 7 %.
TEST(AttenuationRecorder, SteadyDecayingPlumeGivesBackLambda) {
  const model::Model m = model::build_model(
      model::read_case(std::string(GWPLUME_SOURCE_DIR) + "/tests/data/cases/attenuation/decay_column.toml"));
  results::Observer nothing;
  AttenuationRecorder attenuation(m, nothing);
  Forward sink(attenuation);
  RunOptions options;
  options.metrics = &sink;
  run_simulation(m, attenuation, options);
  const metrics::PlumeTrend p = attenuation.evidence().at(0).second.plume;
  const double v = 0.24, lambda = 0.002, alpha = 10.0, year = 365.25;  // m/d, 1/d, m, d
  const double bulk = (std::sqrt(v * v + 4.0 * lambda * alpha * v) - v) / (2.0 * alpha) * year;
  EXPECT_NEAR(p.bulk_rate, bulk, 5e-3 * bulk);
  EXPECT_GT(p.bulk_rate_r2, 0.9999);
  EXPECT_NEAR(p.lambda, lambda * year, 5e-3 * lambda * year);
  EXPECT_GT(lambda * year - p.bulk_rate, 0.05 * lambda * year);
  EXPECT_LT(p.centre_speed, 1e-3);  // m/yr: a steady plume's centre stands still
}

}  // namespace
}  // namespace gwp::app
