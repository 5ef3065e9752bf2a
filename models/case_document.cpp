#include "models/case_document.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <sstream>

#include "core/errors.hpp"
#include "models/input_text.hpp"
#include "models/toml_reader.hpp"

namespace gwp::model {

namespace fs = std::filesystem;

namespace {

Location location_of(const toml::source_region& source, const std::string& key) {
  return Location{source.path ? *source.path : std::string(), static_cast<int>(source.begin.line),
                  static_cast<int>(source.begin.column), key};
}

struct Chain {
  std::vector<fs::path> canonical;   // files being read, outermost first, to detect cycles
  std::vector<std::string> shown;    // the same, as reported
};

std::optional<toml::table> load(const std::string& shown, Chain& chain, Diagnostics& diagnostics,
                                std::vector<std::string>& files) {
  std::string problem;
  const std::optional<std::string> text = read_text_file(shown, kLargestTomlFile, &problem);
  if (!text) {
    // A file that is there but cannot be read is an I/O error (exit 3); one too large to be a
    // case is a mistake in the input, reported at its start.
    if (problem.starts_with("cannot be read")) throw IoError("cannot read case file '" + shown + "': " + problem.substr(16));
    diagnostics.add(Location{shown, 1, 1, ""}, "the case file " + problem);
    return std::nullopt;
  }
  files.push_back(shown);
  std::optional<toml::table> parsed = parse_toml(*text, shown, diagnostics);
  if (!parsed) return std::nullopt;
  toml::table document = std::move(*parsed);
  const toml::node* extends = document.get("extends");
  if (!extends) return document;

  const Location where = location_of(extends->source(), "extends");
  const auto* name = extends->as_string();
  if (!name) {
    std::ostringstream type;
    type << extends->type();
    diagnostics.add(where, "wrong type (found " + type.str() + ", expected a string naming the base case file)");
    return std::nullopt;
  }
  const fs::path base = (fs::path(shown).parent_path() / name->get()).lexically_normal();
  if (!fs::is_regular_file(base)) {
    const bool directory = fs::is_directory(base);
    diagnostics.add(where, std::string(directory ? "base case file is a directory" : "base case file not found") +
                               " (found \"" + name->get() + "\", looked for \"" + base.string() + "\")");
    return std::nullopt;
  }
  const fs::path canonical = fs::weakly_canonical(base);
  chain.canonical.push_back(fs::weakly_canonical(shown));
  chain.shown.push_back(shown);
  if (std::find(chain.canonical.begin(), chain.canonical.end(), canonical) != chain.canonical.end()) {
    std::string cycle;
    for (const auto& s : chain.shown) cycle += s + " -> ";
    diagnostics.add(where, "cycle of extends (" + cycle + base.string() + ")");
    return std::nullopt;
  }
  if (chain.shown.size() >= kLongestExtendsChain) {
    // This file would be the last of the chain that may still extend another.
    diagnostics.add(where, "too many levels of extends (" + chain.shown.front() + " -> ... -> " + shown + " -> " +
                               base.string() + " makes more than " + std::to_string(kLongestExtendsChain) +
                               " files; expected at most " + std::to_string(kLongestExtendsChain) + ")");
    return std::nullopt;
  }
  std::optional<toml::table> merged = load(base.string(), chain, diagnostics, files);
  chain.canonical.pop_back();
  chain.shown.pop_back();
  if (!merged) return std::nullopt;
  document.erase("extends");
  merge_into(*merged, std::move(document));
  return merged;
}

bool all_named(const toml::array& a) {
  return std::all_of(a.begin(), a.end(), [](const toml::node& n) {
    const auto* t = n.as_table();
    return t && t->contains("name") && (*t)["name"].is_string();
  });
}

bool written_as_array_of_tables(const toml::array& a) {
  return !a.empty() && std::all_of(a.begin(), a.end(), [](const toml::node& n) {
    const auto* t = n.as_table();
    return t && !t->is_inline();
  });
}

// See merge_into: false when the arrays are to be replaced rather than merged.
bool merge_by_name(toml::array& base, toml::array& overlay) {
  if (overlay.empty() || !overlay.is_array_of_tables() || (!base.empty() && !base.is_array_of_tables()))
    return false;
  if (!written_as_array_of_tables(overlay) && !(all_named(overlay) && all_named(base))) return false;
  // The base's entries by name (the first of a name), looked up rather than searched for: a
  // scenario may add a hundred thousand points.
  std::unordered_map<std::string, std::size_t> named;
  for (std::size_t i = 0; i < base.size(); ++i) {
    const auto* t = base.get(i)->as_table();
    const auto* name = t ? t->get_as<std::string>("name") : nullptr;
    if (name) named.emplace(name->get(), i);
  }
  std::set<std::string> seen;  // names of the overlay's entries so far
  for (toml::node& n : overlay) {
    toml::table& entry = *n.as_table();
    const auto* name = entry.get_as<std::string>("name");
    // A name the overlay itself uses twice is appended the second time, so that the reader
    // reports the duplicate instead of the two entries being merged into one without a word.
    const bool repeated = name && !seen.insert(name->get()).second;
    const auto it = name && !repeated ? named.find(name->get()) : named.end();
    if (it != named.end())
      merge_into(*base.get(it->second)->as_table(), std::move(entry));
    else
      base.push_back(std::move(entry));
  }
  return true;
}

}  // namespace

std::optional<toml::table> load_case_document(const std::string& path, Diagnostics& diagnostics,
                                              std::vector<std::string>& files) {
  Chain chain;
  return load(path, chain, diagnostics, files);
}

void merge_into(toml::table& base, toml::table&& overlay) {
  for (auto&& [key, value] : overlay) {
    toml::node* existing = base.get(key.str());
    if (existing && existing->is_table() && value.is_table()) {
      merge_into(*existing->as_table(), std::move(*value.as_table()));
      continue;
    }
    if (existing && existing->is_array() && value.is_array() &&
        merge_by_name(*existing->as_array(), *value.as_array()))
      continue;
    // Erase first so that the key, too, is the overlay's (and reports the overlay's location).
    base.erase(key.str());
    base.insert(key, std::move(value));
  }
}

namespace {

void resolve(toml::node& node, const fs::path& command_dir) {
  if (auto* table = node.as_table()) {
    for (auto&& [key, value] : *table) {
      auto* text = value.as_string();
      if (text && (key.str() == "file" || key.str() == "from")) {
        const fs::path given(text->get());
        if (given.empty() || given.is_absolute()) continue;
        const auto& source = value.source().path;
        const bool from_file = source && !source->empty() && *source != kOverrideSource;
        const fs::path dir = from_file ? fs::absolute(fs::path(*source)).parent_path() : command_dir;
        text->get() = (dir / given).lexically_normal().string();
      } else {
        resolve(value, command_dir);
      }
    }
  } else if (auto* array = node.as_array()) {
    for (toml::node& element : *array) resolve(element, command_dir);
  }
}

}  // namespace

void resolve_relative_paths(toml::table& document, const fs::path& command_dir) {
  resolve(document, command_dir);
}

}  // namespace gwp::model
