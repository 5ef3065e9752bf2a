// The case file as one TOML document: the file, the chain of files it `extends`, merged, and its
// relative paths made absolute. Every value keeps the file, line and column it was written at,
// so problems found later are reported where the user wrote the offending key.
#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "models/diagnostics.hpp"

namespace gwp::model {

// The longest chain of files `extends` may make: the case and the files it extends in turn. A
// scenario of a scenario of a base is three; more than 32 is a mistake (or a generated chain).
inline constexpr std::size_t kLongestExtendsChain = 32;

// Reads `path` and, first, the file its top-level `extends` names (relative to `path`'s folder),
// recursively. `files` receives every file read, `path` first. Returns nullopt when a file
// cannot be parsed or is too large (models/input_text.hpp), a base is missing, or the chain has
// a cycle or is longer than kLongestExtendsChain (all reported in `diagnostics`). Throws
// gwp::IoError when a file that is there cannot be read.
std::optional<toml::table> load_case_document(const std::string& path, Diagnostics& diagnostics,
                                              std::vector<std::string>& files);

// Merges `overlay` into `base`: tables merge deeply, a value replaces, and an array of tables
// merges entry by entry by `name` (a named entry changes the base entry of that name, any other
// entry is appended) when it was written as [[...]] or when every entry on both sides has a name;
// any other array replaces. Moved nodes keep their source locations.
void merge_into(toml::table& base, toml::table&& overlay);

// Makes every relative path of the document absolute: the values of `file` keys
// ({ file = "top.csv" }) and of `from` keys (species initial state), each against the folder of
// the file it was written in; values given on the command line resolve against `command_dir`.
void resolve_relative_paths(toml::table& document, const std::filesystem::path& command_dir);

}  // namespace gwp::model
