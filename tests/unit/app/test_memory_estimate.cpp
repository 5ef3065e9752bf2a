// The memory a run needs, from the case alone (app/memory_estimate.hpp): cell counts and bytes
// computed by hand, the machine's memory read from /proc/meminfo and cgroup texts, and the
// refusal located at [grid].
#include <gtest/gtest.h>

#include "app/memory_estimate.hpp"
#include "models/case_reader.hpp"
#include "models/diagnostics.hpp"

namespace gwp::app {
namespace {

model::GridSpec grid(int nx, int ny, std::vector<int> splits) {
  model::GridSpec g;
  g.nx = nx;
  g.ny = ny;
  for (int s : splits) g.layers.push_back(model::LayerSpec{"", {}, s, {}, false});
  return g;
}

TEST(MemoryEstimate, CellsAreColumnsTimesRowsTimesTheLayersSplits) {
  EXPECT_EQ(case_cell_count(grid(100, 100, {8})), 80000);
  EXPECT_EQ(case_cell_count(grid(250, 250, {6, 2, 8})), 1000000);
  // 10^5 x 10^5 columns of one layer: 10^10, past the 32-bit range without wrapping.
  EXPECT_EQ(case_cell_count(grid(100000, 100000, {1})), 10000000000LL);
}

TEST(MemoryEstimate, AbsurdGridsDoNotWrap) {
  // 10^7 x 10^7 x 10^7 = 10^21 > 9.2e18: no count rather than a wrapped one.
  EXPECT_FALSE(case_cell_count(grid(10000000, 10000000, {10000000})).has_value());
  // More grid layers than the grid's int holds.
  EXPECT_FALSE(case_cell_count(grid(1, 1, {2000000000, 2000000000})).has_value());
}

TEST(MemoryEstimate, BytesByHand) {
  // Flow only: 64 MB + 10^6 x 780 B = 844 MB.
  EXPECT_DOUBLE_EQ(run_memory_bytes(1000000, 0), 844e6);
  // One species on 80 000 cells: 64 MB + 80 000 x (780 + 550 + 180) B = 64 + 120.8 = 184.8 MB.
  EXPECT_DOUBLE_EQ(run_memory_bytes(80000, 1), 184.8e6);
  // Eight species on 10^8 cells: 64 MB + 10^8 x (780 + 550 + 8 x 180) B = 64 MB + 277 GB.
  EXPECT_DOUBLE_EQ(run_memory_bytes(100000000, 8), 277.064e9);
  // 10^10 cells, three species: 10^10 x 1870 B = 18.7 TB (and 64 MB).
  EXPECT_DOUBLE_EQ(run_memory_bytes(10000000000LL, 3), 18.700064e12);
}

TEST(MemoryEstimate, FromACase) {
  const model::Case c = model::read_case(std::string(GWPLUME_TEST_DATA) + "/cases/minimal.toml",
                                         {"grid.nx=100000", "grid.ny=100000"});
  const MemoryEstimate e = estimate_memory(c);
  EXPECT_EQ(e.cells, 10000000000LL);
  EXPECT_EQ(e.species, 1u);
  EXPECT_DOUBLE_EQ(e.bytes, 64e6 + 1e10 * 1510.0);
}

TEST(MemoryEstimate, MachineMemoryTexts) {
  const std::string meminfo =
      "MemTotal:       24683772 kB\nMemFree:        19243668 kB\nMemAvailable:   22222144 kB\nBuffers: 1 kB\n";
  EXPECT_DOUBLE_EQ(*mem_available_bytes(meminfo), 22222144.0 * 1024.0);
  EXPECT_FALSE(mem_available_bytes("MemTotal: 5 kB\n").has_value());
  EXPECT_FALSE(cgroup_limit_bytes("max\n").has_value());
  EXPECT_DOUBLE_EQ(*cgroup_limit_bytes("1073741824\n"), 1073741824.0);
  EXPECT_FALSE(cgroup_limit_bytes("").has_value());
  // This machine: something positive is found.
  const auto here = available_memory_bytes();
  ASSERT_TRUE(here.has_value());
  EXPECT_GT(*here, 0.0);
}

TEST(MemoryEstimate, BytesText) {
  EXPECT_EQ(bytes_text(1.2e12), "1.2 TB");
  EXPECT_EQ(bytes_text(22755475456.0), "23 GB");
  EXPECT_EQ(bytes_text(184.8e6), "185 MB");  // whole numbers are not rounded further
  EXPECT_EQ(bytes_text(999.0), "999 B");
}

TEST(MemoryEstimate, RefusedAtTheGridWithTheEstimateAndWhatIsAvailable) {
  model::Case c;
  c.grid = grid(100000, 100000, {1});
  c.grid.where = model::Location{"case.toml", 3, 1, "grid"};
  c.species.resize(3);
  const MemoryEstimate e{10000000000LL, 3, run_memory_bytes(10000000000LL, 3)};
  try {
    refuse_if_too_large(c, e, 23e9);
    FAIL() << "not refused";
  } catch (const model::InputError& error) {
    ASSERT_EQ(error.problems.size(), 1u);
    EXPECT_EQ(error.problems[0].where.line, 3);
    const std::string& m = error.problems[0].message;
    EXPECT_NE(m.find("about 19 TB of memory (1e10 cells x 3 species"), std::string::npos) << m;
    EXPECT_NE(m.find("this machine has 23 GB available; use --force"), std::string::npos) << m;
  }
  EXPECT_NO_THROW(refuse_if_too_large(c, e, 20e12));           // room enough
  EXPECT_NO_THROW(refuse_if_too_large(c, e, std::nullopt));    // unknown: not refused
}

}  // namespace
}  // namespace gwp::app
