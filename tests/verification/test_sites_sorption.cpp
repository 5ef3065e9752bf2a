// Chloride, ammonium and cadmium from one source in one flow: sorption orders their fronts, and
// each front stands where retardation puts it (tests/data/cases/sites/sorption_strip.toml).
#include <gtest/gtest.h>

#include <cmath>

#include "test_sites_common.hpp"

namespace gwp::testing {
namespace {

// Position (m, from the west edge) where the profile along the strip first falls to half the
// inlet's 100 mg/L, linear between the cell centres x_j = 5 j + 2.5.
double half_front(const std::vector<double>& c) {
  for (std::size_t j = 1; j < c.size(); ++j)
    if (c[j] < 50.0) return 5.0 * double(j - 1) + 2.5 + 5.0 * (c[j - 1] - 50.0) / (c[j - 1] - c[j]);
  return 5.0 * double(c.size());
}

// The west column is held at 100 mg/L; its centre (x = 2.5 m) is where the front starts. The
// front of a retarded species moves at v / R with v = 0.80808 m/d, so after 200 d it stands at
// 2.5 + 161.6 / R m: 164.1 m (chloride, R = 1), 39.2 m (ammonium, R = 4.4), 7.1 m (cadmium,
// R = 35). Tolerance: one cell (5 m) for chloride and ammonium, whose fronts cross many cells;
// cadmium's stays within the second cell, where the half-concentration point is set by the
// dispersion of a front barely one cell long (tolerance 3 m, its position 7.1 m).
TEST(SitesSorption, RetardationOrdersTheFrontsOfChlorideAmmoniumAndCadmium) {
  const CaseRun r = run_site("sorption_strip.toml");
  const auto& out = r.results.transport.back();
  const double v = 100.0 * (1.0 / 495.0) / 0.25;  // m/d
  const double travel = v * 200.0;
  const double cl = half_front(out.concentration.at("chloride"));
  const double nh4 = half_front(out.concentration.at("ammonia_n"));
  const double cd = half_front(out.concentration.at("cadmium"));
  EXPECT_GT(cl, nh4);
  EXPECT_GT(nh4, cd);
  EXPECT_NEAR(cl, 2.5 + travel / 1.0, 5.0);
  EXPECT_NEAR(nh4, 2.5 + travel / (1.0 + 1.7 * 0.5 / 0.25), 5.0);
  EXPECT_NEAR(cd, 2.5 + travel / (1.0 + 1.7 * 5.0 / 0.25), 3.0);
  RecordProperty("front_chloride_m", figure(cl));
  RecordProperty("front_ammonium_m", figure(nh4));
  RecordProperty("front_cadmium_m", figure(cd));
}

}  // namespace
}  // namespace gwp::testing
