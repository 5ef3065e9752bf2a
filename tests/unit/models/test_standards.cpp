// GB/T 14848-2017 limits, checked against the standard's Table 1 (Table 2 for thallium), mg/L,
// transcribed here by hand.
#include <gtest/gtest.h>

#include "models/standards.hpp"

namespace gwp::model {
namespace {

void expect_limits(const char* species, double class_iii, double class_iv) {
  const auto limits = gbt14848_limits(species);
  ASSERT_TRUE(limits.has_value()) << species;
  EXPECT_DOUBLE_EQ(limits->class_iii, class_iii) << species;
  EXPECT_DOUBLE_EQ(limits->class_iv, class_iv) << species;
}

TEST(Standards, ClassThreeAndFourOfEveryListedSpecies) {
  expect_limits("ammonia_n", 0.50, 1.50);
  expect_limits("chloride", 250, 350);
  expect_limits("sulfate", 250, 350);
  expect_limits("nitrate_n", 20, 30);
  expect_limits("nitrite_n", 1.00, 4.80);
  expect_limits("cod_mn", 3.0, 10.0);
  expect_limits("iron", 0.3, 2.0);
  expect_limits("manganese", 0.10, 1.50);
  expect_limits("cadmium", 0.005, 0.01);
  expect_limits("lead", 0.01, 0.10);
  expect_limits("chromium6", 0.05, 0.10);
  expect_limits("arsenic", 0.01, 0.05);
  expect_limits("mercury", 0.001, 0.002);
  expect_limits("thallium", 0.0001, 0.001);
}

TEST(Standards, BritishSpellingOfSulphate) { expect_limits("sulphate", 250, 350); }

TEST(Standards, OtherNamesHaveNoLimit) {
  EXPECT_FALSE(gbt14848_limits("tracer").has_value());
  EXPECT_FALSE(gbt14848_limits("Chloride").has_value());  // names are matched exactly
  EXPECT_FALSE(gbt14848_limits("").has_value());
}

}  // namespace
}  // namespace gwp::model
