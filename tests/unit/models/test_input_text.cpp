// Input files as text before anything parses them (models/input_text): what is not a regular
// file, what is too large, keys nested deeper than toml++ can parse without overflowing the
// stack, and bytes from a binary file shown in a message.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "models/input_text.hpp"

namespace gwp::model {
namespace {

namespace fs = std::filesystem;

fs::path scratch() {
  const fs::path dir = fs::temp_directory_path() / ("gwp_input_text_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

TEST(InputText, ReadsWholeFiles) {
  const fs::path file = scratch() / "case.toml";
  std::ofstream(file, std::ios::binary) << "a = 1\r\nb = \"\xE4\xB8\xAD\"\r\n";
  std::string problem;
  const auto text = read_text_file(file.string(), kLargestTomlFile, &problem);
  ASSERT_TRUE(text) << problem;
  EXPECT_EQ(*text, "a = 1\r\nb = \"\xE4\xB8\xAD\"\r\n");
  fs::remove_all(scratch());
}

TEST(InputText, SaysWhyAFileCannotBeUsed) {
  const fs::path dir = scratch();
  std::string problem;
  EXPECT_FALSE(read_text_file((dir / "none.csv").string(), std::nullopt, &problem));
  EXPECT_EQ(problem, "no such file");
  EXPECT_FALSE(read_text_file(dir.string(), std::nullopt, &problem));
  EXPECT_EQ(problem, "is a directory, not a file");
  EXPECT_FALSE(read_text_file("/dev/zero", std::nullopt, &problem));
  EXPECT_EQ(problem, "is not a regular file (a device, pipe or socket)");
  const fs::path big = dir / "big.toml";
  std::ofstream(big) << std::string(2000, '#');
  EXPECT_FALSE(read_text_file(big.string(), 1000, &problem));
  EXPECT_EQ(problem, "is 2000 bytes, more than the 1000 a TOML file may have (a case is a few kilobytes: put long "
                     "lists in CSV or GIS files)");
  EXPECT_TRUE(read_text_file(big.string(), std::nullopt, &problem)) << "no limit for CSV files";
  fs::remove_all(dir);
}

TEST(InputText, DeepKeysFoundWhereTheyStart) {
  EXPECT_FALSE(deep_key("a.b.c = 1\n[grid]\nnx = 1.5e3\nname = \"x.y.z.w\" # a.b.c.d.e\n", 3));
  const auto deep = deep_key("x = 1\n  a.b . c.\"d\".e = 2\n", 4);
  ASSERT_TRUE(deep);
  EXPECT_EQ(deep->line, 2);
  EXPECT_EQ(deep->column, 3);
  EXPECT_EQ(deep->parts, 5);
  // A table header, and parts in a string or comment that do not count.
  const auto header = deep_key("# a.a.a.a.a.a\ns = 'a.a.a.a.a'\n[t.t.t.t.t]\n", 4);
  ASSERT_TRUE(header);
  EXPECT_EQ(header->line, 3);
  EXPECT_EQ(header->column, 2);
  // Multi-line strings are skipped whole.
  EXPECT_FALSE(deep_key("s = \"\"\"\na.a.a.a.a.a\n\"\"\"\nt = '''a.a.a.a.a.a'''\n", 4));
  // Columns count characters, as toml++ does.
  const auto wide = deep_key("名 = 1 ; a.a.a.a.a\n", 4);
  ASSERT_TRUE(wide);
  EXPECT_EQ(wide->column, 9);
}

// 100 000 parts would overflow the stack inside toml++: refused first, located.
TEST(InputText, ParseRefusesAKeyNestedTooDeep) {
  std::string text = "[grid]\nx";
  for (int k = 0; k < 100000; ++k) text += ".a";
  text += " = 1\n";
  Diagnostics d;
  EXPECT_FALSE(parse_toml(text, "deep.toml", d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].format(),
            "deep.toml:2:1: a key nested too deep (found 17 or more parts joined by dots, expected at most 16)");
}

TEST(InputText, ParseReportsSyntaxErrorsWhereTheyAre) {
  Diagnostics d;
  EXPECT_FALSE(parse_toml("a = 1\nb = \"\xFF\"\n", "bad.toml", d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].where.file, "bad.toml");
  EXPECT_EQ(d.items()[0].where.line, 2);
  EXPECT_EQ(d.items()[0].message.rfind("TOML syntax error: ", 0), 0u) << d.items()[0].message;
  Diagnostics fine;
  const auto table = parse_toml("\xEF\xBB\xBF" "a = 1\r\n", "bom.toml", fine);
  ASSERT_TRUE(table) << "a byte-order mark and CRLF line ends are read";
  EXPECT_EQ(table->get("a")->value<int>(), 1);
}

TEST(InputText, ShownTextEscapesWhatATerminalCannotShow) {
  EXPECT_EQ(shown_text("abc"), "\"abc\"");
  EXPECT_EQ(shown_text("氨氮"), "\"氨氮\"");
  EXPECT_EQ(shown_text(std::string("a\x00\x1B\xFF", 4)), "\"a\\x00\\x1B\\xFF\"");
  EXPECT_EQ(shown_text("\xE4\xB8"), "\"\\xE4\\xB8\"") << "a character cut short";
  EXPECT_EQ(shown_text(std::string(50, 'x')), "\"" + std::string(40, 'x') + "...\"");
}

}  // namespace
}  // namespace gwp::model
