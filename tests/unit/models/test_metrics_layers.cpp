// [metrics] layers: read and checked like every layer list of a case (names or 1-based numbers,
// "all"), resolved to the grid's layers, and described for `gwplume check`.
#include "models/metrics_layers.hpp"

#include <gtest/gtest.h>

#include "models/case_reader.hpp"
#include "models/model.hpp"

namespace gwp::model {
namespace {

const std::string kBroken = std::string(GWPLUME_TEST_DATA) + "/broken/";
// clay cover (1 grid layer), sand-gravel (2 sublayers), red clay, karst (2 sublayers).
const std::string kQuickstart = std::string(GWPLUME_SOURCE_DIR) + "/cases/examples/quickstart.toml";

MetricsLayers layers_of(const std::vector<std::string>& overrides) {
  const Case c = read_case(kQuickstart, overrides);
  return metrics_layers(c.metrics, build_model(c).grid->layers);
}

TEST(MetricsLayers, DefaultIsEveryLayer) {
  // The quick-start case names its aquifers; without a [metrics] table every layer counts.
  Case c = read_case(kQuickstart);
  EXPECT_EQ(describe(metrics_layers(c.metrics, build_model(c).grid->layers)),
            "sand-gravel, karst (clay cover, red clay not counted)");
  c.metrics = MetricsSpec{};
  const MetricsLayers m = metrics_layers(c.metrics, build_model(c).grid->layers);
  EXPECT_TRUE(m.all);
  EXPECT_EQ(m.names, (std::vector<std::string>{"clay cover", "sand-gravel", "red clay", "karst"}));
  EXPECT_EQ(m.grid_layers, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  EXPECT_TRUE(m.excluded.empty());
  EXPECT_EQ(describe(m), "all layers (clay cover, sand-gravel, red clay, karst)");
  EXPECT_TRUE(layers_of({"metrics.layers=\"all\""}).all);
}

TEST(MetricsLayers, NamesAndNumbersPickCaseLayersWithAllTheirSublayers) {
  const MetricsLayers m = layers_of({"metrics.layers=[\"karst\", 2]"});
  EXPECT_FALSE(m.all);
  EXPECT_EQ(m.names, (std::vector<std::string>{"sand-gravel", "karst"}));  // top down, as the grid
  EXPECT_EQ(m.grid_layers, (std::vector<int>{1, 2, 4, 5}));
  EXPECT_EQ(m.excluded, (std::vector<std::string>{"clay cover", "red clay"}));
  EXPECT_EQ(describe(m), "sand-gravel, karst (clay cover, red clay not counted)");
}

TEST(MetricsLayers, UnknownLayersAreLocatedWithTheNearestName) {
  try {
    read_case(kBroken + "metrics_layers.toml");
    FAIL() << "no problem reported";
  } catch (const InputError& e) {
    ASSERT_EQ(e.problems.size(), 2u);
    EXPECT_EQ(e.problems[0].format(), kBroken +
                                          "metrics_layers.toml:20:11: metrics.layers[0]: no layer named 'sand-gravle' "
                                          "in grid.layers (did you mean 'sand-gravel'?)");
    EXPECT_EQ(e.problems[1].format(),
              kBroken + "metrics_layers.toml:20:26: metrics.layers[1]: no layer 3 (grid.layers has 2 layers, numbered from 1)");
  }
}

TEST(MetricsLayers, AnUnnamedLayerGoesByItsNumber) {
  LayerTable table;
  table.entries = {{"", 0, 1}, {"karst", 1, 2}};
  EXPECT_EQ(case_layer_name(table, 0), "layer 1");
  EXPECT_EQ(case_layer_of(table, 2), 1u);
  EXPECT_THROW(case_layer_of(table, 3), std::out_of_range);
  MetricsSpec spec;
  spec.layers = {LayerRef{1, "", {}}};
  const MetricsLayers m = metrics_layers(spec, table);
  EXPECT_EQ(m.names, (std::vector<std::string>{"layer 1"}));
  EXPECT_EQ(m.excluded, (std::vector<std::string>{"karst"}));
  spec.layers = {LayerRef{0, "granite", {}}};
  EXPECT_THROW(metrics_layers(spec, table), std::invalid_argument);
}

}  // namespace
}  // namespace gwp::model
