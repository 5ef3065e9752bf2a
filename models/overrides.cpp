#include "models/overrides.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <memory>
#include <sstream>

#include "models/input_text.hpp"
#include "models/suggest.hpp"

namespace gwp::model {

namespace {

struct Segment {
  std::string name;                  // table key or entry name
  std::optional<std::size_t> index;  // [n] or an all-digit segment of an array
};

std::string trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// An index small enough for std::stoul.
bool is_index(const std::string& s) { return is_digits(s) && s.size() < 10; }

// "a.b[2].\"c d\".e" -> a, b, [2], c d, e. nullopt when malformed.
std::optional<std::vector<Segment>> parse_key(const std::string& key) {
  std::vector<Segment> out;
  std::size_t i = 0;
  while (true) {
    Segment seg;
    if (i < key.size() && key[i] == '"') {
      const std::size_t close = key.find('"', i + 1);
      if (close == std::string::npos) return std::nullopt;
      seg.name = key.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      const std::size_t end = key.find_first_of(".[", i);
      seg.name = trim(key.substr(i, end == std::string::npos ? std::string::npos : end - i));
      i = end == std::string::npos ? key.size() : end;
      if (seg.name.empty()) return std::nullopt;
    }
    out.push_back(seg);
    while (i < key.size() && key[i] == '[') {
      const std::size_t close = key.find(']', i);
      if (close == std::string::npos) return std::nullopt;
      const std::string digits = key.substr(i + 1, close - i - 1);
      if (!is_index(digits)) return std::nullopt;
      out.push_back(Segment{"", std::stoul(digits)});
      i = close + 1;
    }
    if (i == key.size()) return out;
    if (key[i] != '.') return std::nullopt;
    ++i;
  }
}

// The value of one override, parsed as TOML on line `line` of the source "--set"; text that is
// not a TOML value is taken as a string unless it was clearly meant as one (an array, a table
// or a quoted string), in which case the syntax error is returned.
std::optional<toml::table> parse_value(const std::string& value, int line, std::string* error) {
  const std::string padding(static_cast<std::size_t>(line - 1), '\n');
  if (const auto deep = deep_key(value)) {
    // toml++ would recurse once per part and could overflow the stack.
    *error = "a key nested too deep (found " + std::to_string(deep->parts) + " or more parts joined by dots, expected at most " +
             std::to_string(kDeepestKey) + ")";
    return std::nullopt;
  }
  try {
    return toml::parse(padding + "v = " + value, kOverrideSource);
  } catch (const toml::parse_error& e) {
    const char first = value.empty() ? '\0' : value.front();
    if (value.empty() || first == '[' || first == '{' || first == '"' || first == '\'') {
      *error = "not a TOML value (found \"" + value + "\": " + std::string(e.description()) + ")";
      return std::nullopt;
    }
  }
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  quoted += '"';
  try {
    return toml::parse(padding + "v = " + quoted, kOverrideSource);
  } catch (const toml::parse_error& e) {
    *error = "not a TOML value (found \"" + value + "\": " + std::string(e.description()) + ")";
    return std::nullopt;
  }
}

// An empty table whose source is the override's line, for tables the path creates.
toml::table new_table(int line) {
  toml::table doc = toml::parse(std::string(static_cast<std::size_t>(line - 1), '\n') + "v = {}", kOverrideSource);
  return std::move(*doc.get_as<toml::table>("v"));
}

std::string type_of(const toml::node& n) {
  std::ostringstream s;
  s << n.type();
  return s.str();
}

// Index of the entry of `array` that `seg` addresses: [n], an all-digit segment, or a name.
std::optional<std::size_t> entry_index(const toml::array& array, const Segment& seg, const std::string& path,
                                       std::string* error) {
  std::optional<std::size_t> index = seg.index;
  if (!index && is_index(seg.name)) index = std::stoul(seg.name);
  if (index) {
    if (*index < array.size()) return index;
    *error = "no entry [" + std::to_string(*index) + "] in " + path + " (it has " + std::to_string(array.size()) +
             (array.size() == 1 ? " entry)" : " entries)");
    return std::nullopt;
  }
  std::vector<std::string> names;
  for (std::size_t i = 0; i < array.size(); ++i) {
    const auto* t = array.get(i)->as_table();
    const auto* name = t ? t->get_as<std::string>("name") : nullptr;
    if (!name) continue;
    if (name->get() == seg.name) return i;
    names.push_back(name->get());
  }
  *error = "no entry named '" + seg.name + "' in " + path;
  if (const auto near = nearest(seg.name, names))
    *error += " (did you mean '" + *near + "'?)";
  else if (!names.empty())
    *error += " (names: " + join(names) + ")";
  return std::nullopt;
}

// Sets `value` at `segments` below `document`; returns the key the reader gives it, or nullopt
// with *error.
std::optional<std::string> set_value(toml::table& document, const std::vector<Segment>& segments,
                                     toml::node&& value, int line, std::string* error) {
  const auto path_source = std::make_shared<const std::string>(kOverrideSource);
  const toml::source_position at{static_cast<toml::source_index>(line), 1};
  toml::node* node = &document;
  std::string path;
  for (std::size_t k = 0; k < segments.size(); ++k) {
    const Segment& seg = segments[k];
    const bool last = k + 1 == segments.size();
    if (auto* table = node->as_table()) {
      if (seg.index) {
        *error = (path.empty() ? std::string("the case") : path) + " is a table, not an array (found [" +
                 std::to_string(*seg.index) + "])";
        return std::nullopt;
      }
      const toml::key key(seg.name, toml::source_region{at, at, path_source});
      path = join_key(path, seg.name);
      if (last) {
        table->erase(seg.name);
        table->insert(key, std::move(value));
        return path;
      }
      if (!table->contains(seg.name)) table->insert(key, new_table(line));
      node = table->get(seg.name);
    } else if (auto* array = node->as_array()) {
      const std::optional<std::size_t> index = entry_index(*array, seg, path, error);
      if (!index) return std::nullopt;
      path = index_key(path, *index);
      if (last) {
        array->replace(array->cbegin() + static_cast<std::ptrdiff_t>(*index), std::move(value));
        return path;
      }
      node = array->get(*index);
    } else {
      *error = path + " is " + type_of(*node) + ", not a table (cannot set a key inside it)";
      return std::nullopt;
    }
  }
  return path;
}

}  // namespace

const toml::node* find_value(const toml::table& document, const std::string& key, std::string* error) {
  const auto segments = parse_key(key);
  if (!segments) {
    *error = "malformed key (expected a dotted path such as species.ammonia_n.decay.half_life or wells[0].rate)";
    return nullptr;
  }
  const toml::node* node = &document;
  std::string path;
  for (const Segment& seg : *segments) {
    if (const auto* table = node->as_table()) {
      path = join_key(path, seg.name);
      node = seg.index ? nullptr : table->get(seg.name);
      if (!node) {
        *error = path + " is not in the case";
        return nullptr;
      }
    } else if (const auto* array = node->as_array()) {
      const std::optional<std::size_t> index = entry_index(*array, seg, path, error);
      if (!index) return nullptr;
      path = index_key(path, *index);
      node = array->get(*index);
    } else {
      *error = path + " is " + type_of(*node) + ", not a table";
      return nullptr;
    }
  }
  return node;
}

void apply_overrides(toml::table& document, const std::vector<std::string>& overrides, Reader& reader) {
  for (std::size_t i = 0; i < overrides.size(); ++i) {
    const int line = static_cast<int>(i) + 1;
    const std::string& text = overrides[i];
    const std::size_t eq = text.find('=');
    const std::string key = trim(text.substr(0, eq));
    reader.overrides.push_back(OverrideKey{key, key});
    const Location where{std::string(kOverrideSource), line, 1, key};
    if (eq == std::string::npos) {
      reader.error(where, "not an override (found \"" + text + "\", expected KEY=VALUE)");
      continue;
    }
    const auto segments = parse_key(key);
    if (!segments) {
      reader.error(where, "malformed key (expected a dotted path such as species.ammonia_n.decay.half_life or wells[0].rate)");
      continue;
    }
    if (segments->size() > std::size_t(kDeepestKey)) {
      // The tables along the path are created: as deep as the case's own keys may go.
      reader.error(where, "a key nested too deep (found " + std::to_string(segments->size()) +
                              " parts, expected at most " + std::to_string(kDeepestKey) + ")");
      continue;
    }
    std::string error;
    auto parsed = parse_value(trim(text.substr(eq + 1)), line, &error);
    if (!parsed) {
      reader.error(where, error);
      continue;
    }
    const auto canonical = set_value(document, *segments, std::move(*parsed->get("v")), line, &error);
    if (!canonical) {
      reader.error(where, error);
      continue;
    }
    reader.overrides.back().canonical = *canonical;
  }
}

}  // namespace gwp::model
