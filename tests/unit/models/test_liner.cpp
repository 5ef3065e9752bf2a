// Leakage through a geomembrane's holes (features/liner.hpp) against values worked out by hand
// from Giroud's equation, and the schedule a liner gives its landfill.
#include <gtest/gtest.h>

#include <cmath>

#include "models/features/liner.hpp"

namespace m = gwp::model;

namespace {

constexpr double kPerSecond = 86400.0;  // m/s -> m/d

m::Liner liner() {
  m::Liner l;
  l.holes_per_hectare = gwp::solver::Schedule::constant(2.5);
  l.hole_area = 1e-4;                      // 1 cm2
  l.head = gwp::solver::Schedule::constant(0.3);   // m
  l.soil_k = 1e-9 * kPerSecond;            // 1e-9 m/s
  l.soil_thickness = 0.6;                  // m
  l.contact = m::Liner::Contact::good;
  return l;
}

}  // namespace

// Worked by hand: good contact, a = 1e-4 m2, h = 0.3 m, k_s = 1e-9 m/s, t_s = 0.6 m:
//   a^0.1 = 10^-0.4 = 0.3981072, h^0.9 = exp(0.9 ln 0.3) = 0.3383835, k_s^0.74 = 10^-6.66 = 2.187762e-7,
//   1 + 0.1 (0.3 / 0.6)^0.95 = 1 + 0.1 x 0.5176325 = 1.0517632,
//   Q = 0.21 x 1.0517632 x 0.3981072 x 0.3383835 x 2.187762e-7 = 6.50948e-9 m3/s = 5.62419e-4 m3/d
// (0.56 L/d per hole; docs/guigang-site.md section 3.2 gives 0.54 L/d for the same hole without the
// thickness bracket).
// Tolerance 1e-5 relative, the rounding of the hand figures.
TEST(Liner, GiroudWorkedExample) {
  const double q = m::giroud_hole_leakage(m::Liner::Contact::good, 1e-4, 0.3, 1e-9 * kPerSecond, 0.6);
  EXPECT_NEAR(q, 5.62419e-4, 1e-5 * 5.62419e-4);
}

// Without the thickness bracket (a very thick soil) the equation is Giroud and Bonaparte's
// (1989): 0.21 x 0.3981072 x 0.3383835 x 2.187762e-7 x 86400 = 5.34739e-4 m3/d, the 0.54 L/d of
// docs/guigang-site.md section 3.2. The bracket tends to 1 as t_s grows: at t_s = 1e6 m it adds
// 0.1 x (3e-7)^0.95 ~ 6e-8.
TEST(Liner, ThickSoilGivesGiroudAndBonaparte1989) {
  const double q = m::giroud_hole_leakage(m::Liner::Contact::good, 1e-4, 0.3, 1e-9 * kPerSecond, 1e6);
  EXPECT_NEAR(q, 5.34739e-4, 1e-5 * 5.34739e-4);
}

// Poor contact differs only in the coefficient: 1.15 / 0.21, exactly.
TEST(Liner, PoorContactScalesByTheCoefficientRatio) {
  const double good = m::giroud_hole_leakage(m::Liner::Contact::good, 2e-5, 1.2, 0.01, 0.5);
  const double poor = m::giroud_hole_leakage(m::Liner::Contact::poor, 2e-5, 1.2, 0.01, 0.5);
  EXPECT_NEAR(poor / good, 1.15 / 0.21, 1e-12);
}

// No head, no leakage.
TEST(Liner, NoHeadNoLeakage) {
  EXPECT_EQ(m::giroud_hole_leakage(m::Liner::Contact::poor, 1e-4, 0.0, 0.01, 0.5), 0.0);
}

// The landfill's leakage (m/d) is holes per m2 times the leakage of a hole, at every time the
// hole count or the head changes: 2.5 holes/ha = 2.5e-4 /m2 x 5.62419e-4 m3/d = 1.406e-7 m/d
// (0.051 mm/yr); from 10 yr the holes double and the head drops to 0 at 20 yr (the cap drains it).
TEST(Liner, LeakageScheduleFollowsHolesAndHead) {
  m::Liner l = liner();
  l.holes_per_hectare = gwp::solver::Schedule{{0.0, 3652.5}, {2.5, 5.0}};
  l.head = gwp::solver::Schedule{{0.0, 7305.0}, {0.3, 0.0}};
  const gwp::solver::Schedule s = m::liner_leakage(l);
  ASSERT_EQ(s.times, (std::vector<double>{0.0, 3652.5, 7305.0}));
  EXPECT_NEAR(s.values[0], 2.5e-4 * 5.62419e-4, 1e-5 * 2.5e-4 * 5.62419e-4);
  EXPECT_NEAR(s.values[1], 2.0 * s.values[0], 1e-15);
  EXPECT_EQ(s.values[2], 0.0);
}

// Inside the fitted range no warning; a 5 cm2 tear, 4 m of head or a sandy soil each warn once.
TEST(Liner, WarnsOutsideTheFittedRange) {
  EXPECT_TRUE(m::liner_warnings(liner(), "L").empty());
  m::Liner l = liner();
  l.hole_area = 5e-3;
  l.head = gwp::solver::Schedule::constant(4.0);
  l.soil_k = 1e-5 * kPerSecond;
  const auto w = m::liner_warnings(l, "L");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NE(w[0].find("hole area"), std::string::npos);
  EXPECT_NE(w[1].find("head 4 m"), std::string::npos);
  EXPECT_NE(w[2].find("soil_k"), std::string::npos);
}
