#include "models/toml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "models/number_text.hpp"
#include "models/suggest.hpp"

namespace gwp::model {

namespace {

// Does `key` lie at or below `prefix` ("grid.nx" is below "grid", "grid.nxx" is not below "grid.nx")?
bool is_below(std::string_view key, std::string_view prefix) {
  if (key.substr(0, prefix.size()) != prefix) return false;
  if (key.size() == prefix.size()) return true;
  const char next = key[prefix.size()];
  return next == '.' || next == '[';
}

// A number without a unit, as text: "2005", "1e3", " 12.5 ".
bool is_unitless_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) text.remove_prefix(1);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

// Digits and dashes in the shape of a date ("2025-13-40"), to say "not a calendar date".
bool looks_like_date(std::string_view text) {
  return text.size() >= 8 && text.size() <= 10 && text[4] == '-' &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

bool is_bare_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string join_key(std::string_view parent, std::string_view key) {
  std::string k = is_bare_key(key) ? std::string(key) : "\"" + std::string(key) + "\"";
  return parent.empty() ? k : std::string(parent) + "." + k;
}

std::string index_key(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

Location Reader::locate(const toml::source_region& source, const std::string& key, const Location& fallback) const {
  if (!source.path || source.begin.line == 0) {
    Location l = fallback;
    l.key = key;
    return l;
  }
  Location l{*source.path, static_cast<int>(source.begin.line), static_cast<int>(source.begin.column), key};
  if (l.file == kOverrideSource) {
    // An override is one line of the command line: name it by its position and the key as typed.
    l.column = 1;
    const std::size_t i = static_cast<std::size_t>(l.line) - 1;
    if (i < overrides.size()) {
      const OverrideKey& o = overrides[i];
      l.key = is_below(key, o.canonical) ? o.typed + key.substr(o.canonical.size()) : o.typed;
    }
  }
  return l;
}

// ---------------------------------------------------------------------------------------------
bool Range::contains(double v) const {
  if (std::isnan(v)) return false;
  if (lo_open ? !(v > lo) : !(v >= lo)) return false;
  if (hi_open ? !(v < hi) : !(v <= hi)) return false;
  return true;
}

std::string Range::text() const {
  const bool has_lo = std::isfinite(lo), has_hi = std::isfinite(hi);
  if (has_lo && has_hi)
    return std::string("in ") + (lo_open ? "(" : "[") + number_text(lo) + ", " + number_text(hi) +
           (hi_open ? ")" : "]");
  if (has_lo) return (lo_open ? "> " : ">= ") + number_text(lo);
  if (has_hi) return (hi_open ? "< " : "<= ") + number_text(hi);
  return "a finite number";
}

// ---------------------------------------------------------------------------------------------
Location Field::where() const {
  if (!node_) return fallback_;
  return reader_->locate(node_->source(), key_, fallback_);
}

void Field::error(std::string message) const { reader_->error(where(), std::move(message)); }

std::string Field::text() const {
  if (!node_) return "nothing";
  if (const auto* s = node_->as_string()) return "\"" + s->get() + "\"";
  if (const auto* f = node_->as_floating_point()) {
    // The shortest text that reads back as the same number, -0.1 rather than
    // -0.10000000000000001, still a float as written: 6.0, not 6.
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, f->get());
    if (ec == std::errc()) {
      std::string text(buffer, end);
      if (text.find_first_of(".eEni") == std::string::npos) text += ".0";
      return text;
    }
  }
  std::ostringstream out;
  node_->visit([&](const auto& v) { out << v; });
  return out.str();
}

std::string Field::type_name() const {
  if (!node_) return "nothing";
  switch (node_->type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a floating-point number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time of day";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}

void Field::wrong_type(std::string_view expected) const {
  error("wrong type (found " + type_name() + ", expected " + std::string(expected) + ")");
}

bool Field::check(double value, const Range& range, std::string_view unit) const {
  if (range.contains(value)) return true;
  std::string expected = range.text();
  if (!unit.empty() && unit != "-") expected += " " + std::string(unit);
  error("out of range (found " + text() + ", expected " + expected + ")");
  return false;
}

std::optional<double> Field::quantity(Dimension d, const Range& range) const {
  if (!node_) return std::nullopt;
  std::optional<double> value;
  if (const auto* i = node_->as_integer()) {
    value = static_cast<double>(i->get());
  } else if (const auto* f = node_->as_floating_point()) {
    value = f->get();
    if (!std::isfinite(*value)) {
      error("not a finite number (found " + text() + ")");
      return std::nullopt;
    }
  } else if (const auto* s = node_->as_string()) {
    std::string problem;
    if (d == Dimension::time && is_unitless_number(s->get())) {
      // "2005" could be a year or 2005 days: a time written as text must say which.
      error("a time written as text needs a unit (found " + text() + ", expected a duration such as \"" +
            s->get() + " d\" or \"" + s->get() + " yr\", or a number of days without quotes)");
      return std::nullopt;
    }
    if (d == Dimension::time && parse_date(s->get())) {
      error("a date is not a duration (found " + text() + ", expected a duration such as \"20 yr\")");
      return std::nullopt;
    }
    value = to_internal(s->get(), d, &problem);
    if (!value) {
      error(problem + " (found " + text() + ")");
      return std::nullopt;
    }
  } else {
    wrong_type(describe(d) + ": a number in " + internal_unit(d) + " or a string such as \"" + example(d) +
               "\"");
    return std::nullopt;
  }
  if (!check(*value, range, internal_unit(d))) return std::nullopt;
  if (!(std::abs(*value) <= kLargestQuantity)) {
    // 1e308, or "1e308 km" whose conversion overflows: see kLargestQuantity.
    std::string unit = internal_unit(d);
    error("too large (found " + text() + ", expected a magnitude of at most " + number_text(kLargestQuantity) +
          (unit == "-" ? std::string() : " " + unit) + ")");
    return std::nullopt;
  }
  return value;
}

std::optional<double> Field::time_point(const Range& range) const {
  if (!node_) return std::nullopt;
  std::optional<Date> date;
  if (const auto* d = node_->as_date()) {
    const toml::date v = d->get();
    date = Date{int(v.year), int(v.month), int(v.day)};
  } else if (const auto* s = node_->as_string()) {
    date = parse_date(s->get());
    if (!date && looks_like_date(s->get())) {
      error("not a calendar date (found " + text() + ", expected YYYY-MM-DD such as \"2025-06-30\")");
      return std::nullopt;
    }
  } else if (node_->is_date_time() || node_->is_time()) {
    error("a time of day is not supported (found " + text() + ", expected a date YYYY-MM-DD or a duration)");
    return std::nullopt;
  }
  if (!date) return quantity(Dimension::time, range);
  if (!reader_->start) {
    if (reader_->start_given) return std::nullopt;  // the start itself is reported, once
    error("a date needs the date of t = 0 (found " + text() + "; give [time] start = \"YYYY-MM-DD\", or a duration such as \"20 yr\")");
    return std::nullopt;
  }
  const double t = time_of(*reader_->start, *date);
  if (range.contains(t)) return t;
  error("out of range (found " + text() + ", " + number_text(t) + " d after the start " + to_string(*reader_->start) +
        ", expected " + range.text() + " d)");
  return std::nullopt;
}

std::optional<std::int64_t> Field::integer(const Range& range) const {
  if (!node_) return std::nullopt;
  const auto* i = node_->as_integer();
  if (!i) {
    wrong_type("an integer");
    return std::nullopt;
  }
  if (!check(static_cast<double>(i->get()), range)) return std::nullopt;
  return i->get();
}

std::optional<std::string> Field::string() const {
  if (!node_) return std::nullopt;
  const auto* s = node_->as_string();
  if (!s) {
    wrong_type("a string");
    return std::nullopt;
  }
  return s->get();
}

std::optional<bool> Field::boolean() const {
  if (!node_) return std::nullopt;
  const auto* b = node_->as_boolean();
  if (!b) {
    wrong_type("a boolean (true or false)");
    return std::nullopt;
  }
  return b->get();
}

std::optional<std::string> Field::choice_name(const std::vector<std::string_view>& names) const {
  std::vector<std::string> list(names.begin(), names.end());
  if (!node_) return std::nullopt;
  const auto* s = node_->as_string();
  if (!s) {
    wrong_type("one of: " + join(list));
    return std::nullopt;
  }
  if (std::find(names.begin(), names.end(), s->get()) != names.end()) return s->get();
  error("unknown value '" + s->get() + "' (expected one of: " + join(list) + ")");
  return std::nullopt;
}

std::optional<std::vector<Field>> Field::elements() const {
  if (!node_) return std::nullopt;
  const auto* a = node_->as_array();
  if (!a) {
    wrong_type("an array");
    return std::nullopt;
  }
  std::vector<Field> out;
  for (std::size_t i = 0; i < a->size(); ++i) out.emplace_back(*reader_, a->get(i), index_key(key_, i), where());
  return out;
}

std::optional<Section> Field::section() const {
  if (!node_) return std::nullopt;
  const auto* t = node_->as_table();
  if (!t) {
    wrong_type("a table");
    return std::nullopt;
  }
  return std::optional<Section>(std::in_place, *reader_, *t, key_, where());
}

// ---------------------------------------------------------------------------------------------
Section::Section(Reader& reader, const toml::table& table, std::string path, Location fallback)
    : reader_(&reader), table_(&table), path_(std::move(path)), fallback_(std::move(fallback)) {}

Section::Section(Section&& o) noexcept
    : reader_(o.reader_),
      table_(o.table_),
      path_(std::move(o.path_)),
      fallback_(std::move(o.fallback_)),
      anchor_(std::move(o.anchor_)),
      known_(std::move(o.known_)),
      taken_(std::move(o.taken_)),
      active_(o.active_) {
  o.active_ = false;
}

Section::~Section() {
  if (active_) report_unknown();
}

void Section::report_unknown() {
  for (auto&& [k, node] : *table_) {
    if (taken_.count(k.str())) continue;
    std::string message = "unknown key '" + std::string(k.str()) + "'";
    if (const auto near = nearest(k.str(), known_))
      message += " (did you mean '" + *near + "'?)";
    else if (!known_.empty())
      message += " (expected one of: " + join(known_) + ")";
    reader_->error(reader_->locate(k.source(), path(k.str()), where()), message);
  }
}

Location Section::where() const {
  if (anchor_) {
    Location l = *anchor_;
    l.key = path_;
    return l;
  }
  return reader_->locate(table_->source(), path_, fallback_);
}

Location Section::where_missing(std::string_view key) const {
  if (anchor_) {
    Location l = *anchor_;
    l.key = path(key);
    return l;
  }
  return reader_->locate(table_->source(), path(key), fallback_);
}

std::string Section::path(std::string_view key) const { return join_key(path_, key); }

void Section::allow(std::initializer_list<std::string_view> keys) {
  for (auto k : keys)
    if (std::find(known_.begin(), known_.end(), k) == known_.end()) known_.emplace_back(k);
}

Field Section::get(std::string_view key) {
  allow({key});
  taken_.emplace(key);
  return Field(*reader_, table_->get(key), path(key), where());
}

Field Section::require(std::string_view key) {
  Field f = get(key);
  if (!f) reader_->error(where_missing(key), "missing required key");
  return f;
}

std::vector<NamedEntry> Section::entries() {
  std::vector<NamedEntry> out;
  for (auto&& [k, node] : *table_) {
    taken_.emplace(k.str());
    const std::string p = path(k.str());
    out.push_back({std::string(k.str()), reader_->locate(k.source(), p, where()), Field(*reader_, &node, p, where())});
  }
  return out;
}

std::optional<double> Section::quantity(std::string_view key, Dimension d, const Range& r, bool required) {
  const Field f = required ? require(key) : get(key);
  return f.quantity(d, r);
}

std::optional<double> Section::time_point(std::string_view key, const Range& r, bool required) {
  const Field f = required ? require(key) : get(key);
  return f.time_point(r);
}

std::optional<std::string> Section::string(std::string_view key, bool required) {
  const Field f = required ? require(key) : get(key);
  return f.string();
}

std::optional<Section> Section::table(std::string_view key, bool required) {
  const Field f = required ? require(key) : get(key);
  return f.section();
}

std::vector<Section> Section::tables(std::string_view key, bool single_ok) {
  std::vector<Section> out;
  const Field f = get(key);
  if (!f) return out;
  if (single_ok && f.is_table()) {
    out.push_back(std::move(*f.section()));
    return out;
  }
  const auto* array = f.node()->as_array();
  if (!array) {
    f.wrong_type(single_ok ? "a table or an array of tables" : "an array of tables");
    return out;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const Field element(*reader_, array->get(i), index_key(f.key(), i), f.where());
    if (auto s = element.section()) out.push_back(std::move(*s));
  }
  return out;
}

void Section::not_applicable(std::string_view key, std::string_view context) {
  allow({key});
  if (!has(key)) return;
  get(key).error("does not apply to " + std::string(context));
}

}  // namespace gwp::model
