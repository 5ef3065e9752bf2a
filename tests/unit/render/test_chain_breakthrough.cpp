// Breakthrough curves of a reaction chain: a panel per point, each member's series as stored, the
// chain total (in the first member's equivalents) as a thick line equal to the weighted sum, and
// each member's class IV limit dashed; a species outside any chain is refused.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "png_pixels.hpp"
#include "postprocess/render/chain_breakthrough.hpp"
#include "render_fixture.hpp"
#include "results/result_reader.hpp"

namespace gwp::render {
namespace {

double pce_at(double t) { return 2.0 * std::exp(-t / 400.0); }         // mg/L
double tce_at(double t, double x) { return x * (1.0 - std::exp(-t / 300.0)); }

// PCE -> TCE (yield 0.792) and chloride beside them, at MW-1 and MW-2 every 10 d to 1000 d; TCE
// has a class IV limit of 0.3 mg/L here (a case's own value in the test), PCE none.
void write_chain_result(const std::string& path) {
  const Grid g = test::render_grid();
  results::ResultHeader h;
  h.case_name = "chain-fixture";
  h.case_toml = "[case]\nname = \"chain-fixture\"\n";
  h.program_version = "test";
  h.grid = &g;
  h.layer_names = {"upper", "lower"};
  results::SpeciesLimits pce{"pce", "mg/L", 1.0, -1.0, -1.0, "PCE", "四氯乙烯"};
  results::SpeciesLimits tce{"tce", "mg/L", 0.3, -1.0, 0.3, "TCE", "三氯乙烯"};
  tce.parents = {{"pce", 0.792, "both"}};
  results::SpeciesLimits chloride{"chloride", "mg/L", 350.0, 250.0, 350.0, "Cl\u207b", "氯化物"};
  h.features.species = {chloride, pce, tce};
  for (const char* name : {"MW-1", "MW-2"}) {
    results::FeatureWell mw;
    mw.name = name;
    mw.kind = "monitoring";
    mw.x = 1100.0, mw.y = 2100.0, mw.top = mw.bottom = 45.0;
    h.features.wells.push_back(mw);
  }
  results::ResultWriter w(path, h);
  const std::vector<double> zero(std::size_t(g.cell_count()), 0.0);
  for (const char* s : {"chloride", "pce", "tce"}) w.append_field("transport", std::string(s) + "/concentration", "mg/L", 1000.0, zero);
  for (double t = 0.0; t <= 1000.0; t += 10.0) {
    for (const auto& [point, x] : {std::pair{"MW-1", 1.0}, std::pair{"MW-2", 0.5}}) {
      const std::string at = std::string("monitoring/") + point + "/";
      w.on_series(at + "pce", "mg/L", t, {pce_at(t)});
      w.on_series(at + "tce", "mg/L", t, {tce_at(t, x)});
      w.on_series(at + "chloride", "mg/L", t, {100.0});
    }
  }
  w.finish_complete();
}

TEST(ChainBreakthrough, PanelPerPointWithMembersTotalAndLimits) {
  test::TempDir dir("gwp-chain-breakthrough");
  write_chain_result(dir.file("result.h5"));
  results::ResultReader reader(dir.file("result.h5"));
  BreakthroughOptions o;
  const LineChart chart = chain_breakthrough_chart(reader, "tce", o);  // any member names the chain
  ASSERT_EQ(chart.panels.size(), 2u);
  EXPECT_EQ(chart.panels[0].title, "MW-1");
  EXPECT_EQ(chart.panels[1].title, "MW-2");
  EXPECT_EQ(chart.x_label, "time (d)");
  // Per panel: PCE, TCE, the total, TCE's class IV (PCE has none).
  ASSERT_EQ(chart.series.size(), 8u);
  for (int p = 0; p < 2; ++p) {
    const double x = p == 0 ? 1.0 : 0.5;
    const ChartSeries& pce = chart.series[std::size_t(4 * p)];
    const ChartSeries& tce = chart.series[std::size_t(4 * p + 1)];
    const ChartSeries& total = chart.series[std::size_t(4 * p + 2)];
    const ChartSeries& limit = chart.series[std::size_t(4 * p + 3)];
    EXPECT_EQ(pce.label, "PCE");
    EXPECT_EQ(tce.label, "TCE");
    EXPECT_EQ(total.label, "chain total (PCE equivalents)");
    EXPECT_TRUE(total.thick);
    EXPECT_FALSE(pce.thick);
    EXPECT_EQ(total.panel, p);
    ASSERT_EQ(total.y.size(), 101u);
    for (std::size_t n = 0; n < total.y.size(); n += 10) {
      const double t = 10.0 * double(n);
      EXPECT_NEAR(tce.y[n], tce_at(t, x), 1e-12);
      EXPECT_NEAR(total.y[n], pce_at(t) + tce_at(t, x) / 0.792, 1e-12) << "t = " << t;
    }
    EXPECT_TRUE(limit.dashed);
    EXPECT_EQ(limit.label.rfind("TCE ", 0), 0u);  // after its member: drawn in TCE's colour
    EXPECT_DOUBLE_EQ(limit.y[0], 0.3);
  }
  // In Chinese, the words and the members' Chinese names.
  o.language = Language::zh;
  o.points = {"MW-2"};
  const LineChart zh = chain_breakthrough_chart(reader, "pce", o);
  ASSERT_EQ(zh.panels.size(), 1u);
  EXPECT_EQ(zh.series[2].label, "反应链总量（以四氯乙烯当量计）");
  EXPECT_THROW(chain_breakthrough_chart(reader, "chloride", BreakthroughOptions{}), std::invalid_argument);
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  const ChartLayout l = render_chain_breakthrough(reader, "pce", BreakthroughOptions{}, dir.file("chain.png"));
  EXPECT_EQ(l.panels.size(), 2u);
}

}  // namespace
}  // namespace gwp::render
