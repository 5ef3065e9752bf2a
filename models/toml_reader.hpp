// Strict, located reading of a parsed TOML document.
//
// A Section wraps one table. Every key taken from it is marked; when the Section ends, every key
// never taken is reported as unknown, with the nearest known key suggested. A Field is one value
// with its dotted key ("wells[1].rate"); its typed getters report a wrong type, unit or range at
// the value's file, line and column and return nothing, so reading goes on and every problem of a
// case is collected before anything is thrown.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "core/calendar.hpp"
#include "models/diagnostics.hpp"
#include "models/units.hpp"

namespace gwp::model {

// Source path given to values that come from `--set KEY=VALUE`: their line is the 1-based
// position of the override on the command line.
inline constexpr std::string_view kOverrideSource = "--set";

// One override as typed, and the key the reader gives the same value ("species[0].decay").
struct OverrideKey {
  std::string typed;
  std::string canonical;
};

// What every Section and Field of one read shares: where problems go, and the names declared so
// far that later keys refer to.
class Reader {
 public:
  explicit Reader(Diagnostics& diagnostics) : diagnostics_(&diagnostics) {}

  void error(const Location& where, std::string message) const { diagnostics_->add(where, std::move(message)); }
  // Location of a parsed item; values from --set name the override as typed. Items without a
  // source (none of the parser's) take `fallback`.
  Location locate(const toml::source_region& source, const std::string& key, const Location& fallback) const;

  std::vector<OverrideKey> overrides;        // index = line - 1 of source kOverrideSource
  std::vector<std::string> species;          // declared species, in order
  std::optional<std::vector<std::string>> layer_names;  // case layers ("" when unnamed); unset if unusable
  std::optional<Date> start;                 // [time] start: the date of t = 0, when given
  bool start_given = false;                  // [time] start is written (valid or not)
  std::string crs;                           // [grid] crs as written ("" when none): GIS files are put into it

 private:
  Diagnostics* diagnostics_;
};

// An interval of accepted numbers, for "out of range (found 1.3, expected in (0, 1])".
struct Range {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  bool lo_open = false, hi_open = false;

  static Range any() { return {}; }
  static Range positive() { return {0.0, std::numeric_limits<double>::infinity(), true, false}; }
  static Range non_negative() { return {0.0, std::numeric_limits<double>::infinity(), false, false}; }
  static Range at_least(double lo) { return {lo, std::numeric_limits<double>::infinity(), false, false}; }
  static Range fraction() { return {0.0, 1.0, true, false}; }      // (0, 1]
  static Range unit_interval() { return {0.0, 1.0, false, false}; }  // [0, 1]

  bool contains(double v) const;
  std::string text() const;  // "> 0", ">= 1", "in (0, 1]"
};

class Section;

class Field {
 public:
  Field() = default;
  Field(Reader& reader, const toml::node* node, std::string key, Location fallback)
      : reader_(&reader), node_(node), key_(std::move(key)), fallback_(std::move(fallback)) {}

  explicit operator bool() const { return node_ != nullptr; }
  const toml::node* node() const { return node_; }
  const std::string& key() const { return key_; }
  Reader& reader() const { return *reader_; }
  Location where() const;
  void error(std::string message) const;
  std::string text() const;       // the value as written, for messages: 1.3, "3 m/s", [1, 2]
  std::string type_name() const;  // "a string", "an integer" ...

  // Typed access; each reports what is wrong at this value and returns nullopt.
  std::optional<double> quantity(Dimension dimension, const Range& range = Range::any()) const;
  // A moment of the run (d since t = 0): a number of days, a duration with a unit ("20 yr"), or,
  // when the case has [time] start, a date ("2025-06-30" or a TOML date) counted from the start.
  std::optional<double> time_point(const Range& range = Range::any()) const;
  std::optional<std::int64_t> integer(const Range& range = Range::any()) const;
  std::optional<std::string> string() const;
  std::optional<bool> boolean() const;
  // The value must be one of `options` (by name); reports "unknown value 'x' (expected one of: ...)".
  template <class E>
  std::optional<E> choice(std::initializer_list<std::pair<std::string_view, E>> options) const;
  // Array elements as fields named "key[i]"; reports a value that is not an array.
  std::optional<std::vector<Field>> elements() const;
  // The value as a table; reports a value that is not one.
  std::optional<Section> section() const;
  bool is_table() const { return node_ && node_->is_table(); }
  bool is_array() const { return node_ && node_->is_array(); }
  bool is_string() const { return node_ && node_->is_string(); }

  // Reports "out of range (found 1.3, expected in (0, 1])"; `unit` is the internal unit of the bound.
  bool check(double value, const Range& range, std::string_view unit = "") const;
  void wrong_type(std::string_view expected) const;   // "wrong type (found a string, expected ...)"

 private:
  std::optional<std::string> choice_name(const std::vector<std::string_view>& names) const;

  Reader* reader_ = nullptr;
  const toml::node* node_ = nullptr;
  std::string key_;
  Location fallback_;
};

// One entry of a table whose keys are names (species, layers): the name and where it was written.
struct NamedEntry {
  std::string name;
  Location name_where;
  Field value;
};

class Section {
 public:
  // `path` is the dotted key of the table ("" for the document); `fallback` locates a table that
  // has no source of its own.
  Section(Reader& reader, const toml::table& table, std::string path, Location fallback);
  Section(Section&& other) noexcept;
  Section& operator=(Section&&) = delete;
  Section(const Section&) = delete;
  ~Section();  // reports every key never taken as unknown

  Field get(std::string_view key);       // empty Field when absent; the key becomes known
  Field require(std::string_view key);   // as get, and reports a missing key
  bool has(std::string_view key) const { return table_->contains(key); }
  // Known keys that are read elsewhere, for suggestions.
  void allow(std::initializer_list<std::string_view> keys);
  // Takes every entry (for tables keyed by names).
  std::vector<NamedEntry> entries();

  std::optional<double> quantity(std::string_view key, Dimension d, const Range& r = Range::any(),
                                 bool required = false);
  std::optional<double> time_point(std::string_view key, const Range& r = Range::any(), bool required = false);
  std::optional<std::string> string(std::string_view key, bool required = false);
  std::optional<Section> table(std::string_view key, bool required = false);
  // `key` as an array of tables (each "key[i]"); a single table is accepted when `single_ok`.
  std::vector<Section> tables(std::string_view key, bool single_ok = false);
  // Reports a key that does not apply in this context: "does not apply to <context>".
  void not_applicable(std::string_view key, std::string_view context);

  Reader& reader() { return *reader_; }
  // Pins where() of this table, for a document whose root came from another file by `extends`.
  void anchor(Location where) { anchor_ = std::move(where); }
  Location where() const;                        // of the table itself
  Location where_missing(std::string_view key) const;  // where to report a missing key
  std::string path(std::string_view key) const;  // dotted key of an entry
  const std::string& path() const { return path_; }

 private:
  void report_unknown();

  Reader* reader_;
  const toml::table* table_;
  std::string path_;
  Location fallback_;
  std::optional<Location> anchor_;
  std::vector<std::string> known_;
  std::set<std::string, std::less<>> taken_;
  bool active_ = true;
};

// A key TOML allows unquoted: letters, digits, '_' and '-'.
bool is_bare_key(std::string_view key);
// Only digits ("2"), as a layer number where keys name layers; false when empty.
bool is_digits(std::string_view text);

// "grid.nx", "properties.layer.\"clay cap\"", "wells[1]".
std::string join_key(std::string_view parent, std::string_view key);
std::string index_key(std::string_view parent, std::size_t index);

template <class E>
std::optional<E> Field::choice(std::initializer_list<std::pair<std::string_view, E>> options) const {
  std::vector<std::string_view> names;
  for (const auto& o : options) names.push_back(o.first);
  const std::optional<std::string> name = choice_name(names);
  if (!name) return std::nullopt;
  for (const auto& o : options)
    if (o.first == *name) return o.second;
  return std::nullopt;
}

}  // namespace gwp::model
