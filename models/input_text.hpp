// Input files as text, checked before anything parses them: a file the case (or a sweep) names
// must be a regular file that can be read, a TOML file must not exceed kLargestTomlFile, and its
// dotted keys must not nest deeper than kDeepestKey, because toml++ parses them recursively and a
// key of 50 000 parts overflows the stack (a crash instead of a message).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "models/diagnostics.hpp"

namespace gwp::model {

// A case or sweep file larger than this is refused before it is read: a real case is a few
// kilobytes, and long lists (surfaces, observations, vertices) belong in CSV or GIS files.
inline constexpr std::uintmax_t kLargestTomlFile = 10u * 1024u * 1024u;

// Most parts of one dotted key (a.b.c has three) or table header; a case needs four or five.
// With toml++'s own limit of 256 nested arrays and inline tables, each holding such a key, the
// deepest document toml++ is given needs about 1.5 MB of stack (measured), well within the 8 MB
// a program has.
inline constexpr int kDeepestKey = 16;

// The whole file at `path`, or nullopt with *problem saying why not, in words that follow the
// path: "no such file", "is a directory, not a file", "is not a regular file (a device, pipe or
// socket)", "cannot be read: Permission denied", or, when `limit` is given and the file is
// larger, "is 52428800 bytes, more than the 10485760 a TOML file may have ...".
std::optional<std::string> read_text_file(const std::string& path, std::optional<std::uintmax_t> limit,
                                          std::string* problem);

// Where a dotted key or table header of TOML text has more than `deepest` parts, outside strings
// and comments: its 1-based line and column and the number of parts; nullopt when none has.
struct DeepKey {
  int line = 1, column = 1;
  int parts = 0;
};
std::optional<DeepKey> deep_key(std::string_view text, int deepest = kDeepestKey);

// Where text is not UTF-8, or holds a NUL byte (a binary file, or text saved as GBK or Latin-1):
// the 1-based line and column (in characters) of the first such byte, and the byte.
struct NotText {
  int line = 1, column = 1;
  unsigned char byte = 0;
};
std::optional<NotText> not_utf8(std::string_view text);

// A message for a CSV file that is not UTF-8 text, at the first byte that is not.
std::string not_utf8_message(const NotText& where);

// Text from an input file quoted for a message: "abc", with control characters and bytes that are
// not UTF-8 written as \xNN, and cut after 40 characters ("...") so that a binary file gives a
// readable line.
std::string shown_text(std::string_view text);
// The same without the quotes, for text already quoted in a message ('...'), cut after `most`
// characters.
std::string printable_text(std::string_view text, int most = 40);

// toml::parse with the checks above: the text of `source` (a path, or "--set") parsed, or
// nullopt with the problem added to `diagnostics` at its line and column (a syntax error, or a
// key nested too deep).
std::optional<toml::table> parse_toml(std::string_view text, const std::string& source, Diagnostics& diagnostics);

}  // namespace gwp::model
