// CSV as it comes from spreadsheets and hand editing, read into located fields: every expected
// line and column below is counted by hand from the text of its test.
#include <gtest/gtest.h>

#include "core/csv_records.hpp"

namespace gwp {
namespace {

std::vector<std::string> texts(const CsvRecord& r) {
  std::vector<std::string> out;
  for (const CsvField& f : r.fields) out.push_back(f.text);
  return out;
}

TEST(CsvRecords, ByteOrderMarkCrlfAndBlankLines) {
  const auto records = csv_records("\xEF\xBB\xBFpoint,time\r\n\r\nMW-1,120\r\n , \r\nMW-2,240\r\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(texts(records[0]), (std::vector<std::string>{"point", "time"}));
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[0].fields[0].column, 1);  // the mark is not a character of the line
  EXPECT_EQ(records[1].line, 3);
  EXPECT_EQ(texts(records[1]), (std::vector<std::string>{"MW-1", "120"}));
  EXPECT_EQ(records[2].line, 5);
  EXPECT_EQ(records[2].fields[1].column, 6);
}

TEST(CsvRecords, SpacesRoundFieldsAreDroppedAndColumnsPointAtTheText) {
  const auto records = csv_records("  MW-1 ,\t 2010-05-01 ,, x\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(texts(records[0]), (std::vector<std::string>{"MW-1", "2010-05-01", "", "x"}));
  EXPECT_EQ(records[0].fields[0].column, 3);
  EXPECT_EQ(records[0].fields[1].column, 11);
  EXPECT_EQ(records[0].fields[2].column, 23);  // an empty field: just after its comma
  EXPECT_EQ(records[0].fields[3].column, 25);
}

TEST(CsvRecords, QuotedFieldsKeepCommasQuotesSpacesAndLineBreaks) {
  const auto records = csv_records("\"a, b\", \"say \"\"hi\"\"\" ,\" x \"\n\"two\nlines\",z\nlast");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(texts(records[0]), (std::vector<std::string>{"a, b", "say \"hi\"", " x "}));
  EXPECT_TRUE(records[0].fields[0].quoted);
  EXPECT_EQ(records[0].fields[1].column, 9);
  EXPECT_EQ(texts(records[1]), (std::vector<std::string>{"two\nlines", "z"}));
  EXPECT_EQ(records[1].line, 2);
  EXPECT_EQ(records[1].fields[1].column, 8);  // on line 3, after `lines",`
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(texts(records[2]), (std::vector<std::string>{"last"}));
}

TEST(CsvRecords, ColumnsCountCharactersNotBytes) {
  // 监测井 is three characters of three bytes each.
  const auto records = csv_records("监测井,日期\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].fields[1].text, "日期");
  EXPECT_EQ(records[0].fields[1].column, 5);
}

}  // namespace
}  // namespace gwp
