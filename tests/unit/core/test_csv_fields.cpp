// CSV fields (RFC 4180) written and read back: quoted only when they must be, and a line split
// into what was written, quotes and commas inside fields included.
#include <gtest/gtest.h>

#include "core/csv_fields.hpp"

namespace gwp {
namespace {

TEST(CsvFields, QuotedOnlyWhenNeeded) {
  EXPECT_EQ(csv_quoted("30 m/d"), "30 m/d");
  EXPECT_EQ(csv_quoted("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_quoted("two\nlines"), "\"two\nlines\"");
}

TEST(CsvFields, SplitReadsBackWhatWasWritten) {
  const std::vector<std::string> fields{"member", "30 m/d", "[[\"0 d\", \"200 mm/yr\"]]", "a,b", ""};
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + csv_quoted(fields[i]);
  EXPECT_EQ(csv_split(line), fields);
  EXPECT_EQ(csv_split(" kh , 10 m \r"), (std::vector<std::string>{"kh", "10 m"}));
}

}  // namespace
}  // namespace gwp
