// /features and the species limits, written through ResultWriter and read back: the values are
// the ones given (HDF5 stores doubles losslessly), and a missing GB/T class reads back as absent.
#include "results/result_features.hpp"

#include <gtest/gtest.h>

#include "result_fixture.hpp"
#include "results/result_reader.hpp"

namespace gwp::results {
namespace {

ResultFeatures fixture_features() {
  ResultFeatures f;
  f.areas.push_back({"North landfill", "landfill", {{510.0, 1190.0}, {530.0, 1190.0}, {520.0, 1180.0}}});
  f.wells.push_back({"PW-1", "well", 520.5, 1185.25, 40.0, 20.0, "", -1.0});
  f.wells.push_back({"AW-1", "abandoned_well", 512.0, 1188.0, 49.0, 0.0, "open", 1826.25});
  f.wells.push_back({"MW-2", "monitoring", 515.0, 1183.0, 38.0, 38.0, "", -1.0});
  f.lines.push_back({"Yujiang", "river", {{500.0, 1170.0}, {545.0, 1172.0}}});
  f.species.push_back({"ammonia_n", "mg/L", 1.5, 0.5, 1.5});
  f.species.push_back({"tracer", "mg/L", 2.0, -1.0, -1.0});
  f.species.push_back({"nitrate_n", "mg/L", 30.0, 20.0, 30.0, "NO3-N", "NO3-N",
                       {{"nitrite_n", 1.0, "both"}, {"ammonia_n", 0.25, "dissolved"}}});
  f.boundaries.push_back({"upland", "general_head", {0, 4, 8, 12}});
  f.boundaries.push_back({"spring", "drain", {23}});
  return f;
}

TEST(ResultFeatures, RoundTripThroughTheResultFile) {
  const test::TempDir dir("gwp-result-features");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  ResultHeader header = test::small_header(grid);
  header.features = fixture_features();
  {
    ResultWriter writer(path, header);
    writer.finish_complete();
  }
  const ResultReader reader(path);
  const ResultFeatures back = read_features(reader);
  const ResultFeatures want = fixture_features();

  ASSERT_EQ(back.areas.size(), 1u);
  EXPECT_EQ(back.areas[0].name, "North landfill");
  EXPECT_EQ(back.areas[0].kind, "landfill");
  EXPECT_EQ(back.areas[0].outline, want.areas[0].outline);

  ASSERT_EQ(back.wells.size(), 3u);  // read in name order: AW-1, MW-2, PW-1
  EXPECT_EQ(back.wells[0].name, "AW-1");
  EXPECT_EQ(back.wells[0].state, "open");
  EXPECT_EQ(back.wells[0].plugged_at, 1826.25);
  EXPECT_EQ(back.wells[0].top, 49.0);
  EXPECT_EQ(back.wells[0].bottom, 0.0);
  EXPECT_EQ(back.wells[1].kind, "monitoring");
  EXPECT_EQ(back.wells[2].name, "PW-1");
  EXPECT_EQ(back.wells[2].x, 520.5);
  EXPECT_EQ(back.wells[2].y, 1185.25);
  EXPECT_LT(back.wells[2].plugged_at, 0.0) << "a pumping well is never plugged";

  ASSERT_EQ(back.lines.size(), 1u);
  EXPECT_EQ(back.lines[0].kind, "river");
  EXPECT_EQ(back.lines[0].line, want.lines[0].line);

  ASSERT_EQ(back.species.size(), 3u);  // in name order: ammonia_n, nitrate_n, tracer
  EXPECT_EQ(back.species[0].name, "ammonia_n");
  EXPECT_EQ(back.species[0].limit, 1.5);
  EXPECT_EQ(back.species[0].class_iii, 0.5);
  EXPECT_EQ(back.species[0].class_iv, 1.5);
  EXPECT_TRUE(back.species[0].parents.empty());
  ASSERT_EQ(back.species[1].parents.size(), 2u) << "a daughter's parents, in the order given";
  EXPECT_EQ(back.species[1].parents[0].name, "nitrite_n");
  EXPECT_EQ(back.species[1].parents[1].name, "ammonia_n");
  EXPECT_EQ(back.species[1].parents[1].yield, 0.25);
  EXPECT_EQ(back.species[1].parents[1].phase, "dissolved");
  EXPECT_EQ(back.species[2].limit, 2.0);
  EXPECT_LT(back.species[2].class_iii, 0.0) << "no GB/T class: read back as absent";

  ASSERT_EQ(back.boundaries.size(), 2u);  // in name order: spring, upland
  EXPECT_EQ(back.boundaries[0].name, "spring");
  EXPECT_EQ(back.boundaries[0].kind, "drain");
  EXPECT_EQ(back.boundaries[0].cells, std::vector<std::int64_t>{23});
  EXPECT_EQ(back.boundaries[1].kind, "general_head");
  EXPECT_EQ(back.boundaries[1].cells, want.boundaries[0].cells);
}

TEST(ResultFeatures, OlderResultWithoutFeaturesReadsEmpty) {
  const test::TempDir dir("gwp-result-no-features");
  const std::string path = dir.file("result.h5");
  const Grid grid = test::small_grid();
  {
    ResultWriter writer(path, test::small_header(grid));
    writer.finish_complete();
  }
  const ResultFeatures back = read_features(ResultReader(path));
  EXPECT_TRUE(back.areas.empty());
  EXPECT_TRUE(back.wells.empty());
  EXPECT_TRUE(back.species.empty());
  EXPECT_TRUE(back.boundaries.empty());
}

}  // namespace
}  // namespace gwp::results
