// The natural-attenuation tables a run computes, on a pulse carried along a 1-D column
// (tests/data/cases/attenuation/pulse_column.toml): the centre of dissolved mass moves at v / R,
// the first moment of the advection-dispersion equation, whatever the dispersion does; a
// conservative pulse that stays inside the column keeps its mass, so its mass trend is stable.
// Tolerance 0.2 %: the TVD limiter moves the first moment of the discrete pulse by a few parts in
// 10^4 (measured 3e-4 for R = 1 and 9e-4 for R = 5); a centre moving at v instead of v / R, or
// speeds in m/d, would be off by factors.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace gwp::app
