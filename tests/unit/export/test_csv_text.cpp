// CSV pieces. Truths: RFC 4180's quoting rules, and numbers that read back (strtod) to the same
// double, in their shortest form.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>

#include "postprocess/export/csv_export.hpp"
#include "postprocess/export/csv_text.hpp"

namespace gwp::exporting {
namespace {

TEST(CsvText, NumbersReadBackExactlyInTheirShortestForm) {
  EXPECT_EQ(csv_number(0.1), "0.1");
  EXPECT_EQ(csv_number(1800.0), "1800");
  EXPECT_EQ(csv_number(-40.0), "-40");
  EXPECT_EQ(csv_number(1e-300), "1e-300");
  EXPECT_EQ(csv_number(std::nan("")), "");
  EXPECT_EQ(csv_number(std::numeric_limits<double>::infinity()), "inf");
  for (double v : {1241.659427441665, 2550104.678961123, 6.857957892351222e-09, 1.0 / 3.0})
    EXPECT_EQ(std::strtod(csv_number(v).c_str(), nullptr), v) << csv_number(v);
}

TEST(CsvText, FieldsQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(csv_quoted("river:Yu river"), "river:Yu river");
  EXPECT_EQ(csv_quoted("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_quoted("two\nlines"), "\"two\nlines\"");
}

TEST(CsvText, HeadingsCarryUnitsButNotDimensionlessOnes) {
  EXPECT_EQ(csv_heading("ammonia_n", "mg/L"), "ammonia_n (mg/L)");
  EXPECT_EQ(csv_heading("peak_layer", "1"), "peak_layer");
  EXPECT_EQ(csv_heading("term", ""), "term");
}

TEST(CsvText, FileNamesKeepChineseAndReplaceWhatFileSystemsRefuse) {
  EXPECT_EQ(csv_file_part("village well"), "village_well");
  EXPECT_EQ(csv_file_part("村井/2"), "村井_2");
  EXPECT_EQ(csv_file_part("MW-1"), "MW-1");
}

}  // namespace
}  // namespace gwp::exporting
