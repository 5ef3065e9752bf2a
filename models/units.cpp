#include "models/units.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

#include "models/number_text.hpp"
#include "models/suggest.hpp"

namespace gwp::model {

namespace {

// The largest power of a factor (m^9) and of m, g and d in a whole unit: far beyond any quantity
// of a case (m3, s-1), and small enough that no power needs more than a few multiplications.
constexpr int kMaxPower = 9;

// One unit symbol: its exponents of (m, g, d) and its size in base units as numerator/denominator.
struct UnitSymbol {
  std::string_view name;
  Exponents exponents;
  double numerator;
  double denominator;
};

constexpr Exponents kLength{1, 0, 0}, kMass{0, 1, 0}, kTime{0, 0, 1}, kVolume{3, 0, 0}, kNone{0, 0, 0};

// A year is the Julian year (365.25 d) and a month a twelfth of it, so "20 yr" is exactly 7305 d.
constexpr UnitSymbol kSymbols[] = {
    {"m", kLength, 1, 1},          {"mm", kLength, 1, 1000},     {"cm", kLength, 1, 100},
    {"km", kLength, 1000, 1},      {"um", kLength, 1, 1e6},      {"\xC2\xB5m", kLength, 1, 1e6},
    {"ft", kLength, 3048, 10000},  {"s", kTime, 1, 86400},       {"sec", kTime, 1, 86400},
    {"min", kTime, 1, 1440},       {"h", kTime, 1, 24},          {"hr", kTime, 1, 24},
    {"hour", kTime, 1, 24},        {"hours", kTime, 1, 24},      {"d", kTime, 1, 1},
    {"day", kTime, 1, 1},          {"days", kTime, 1, 1},        {"week", kTime, 7, 1},
    {"weeks", kTime, 7, 1},        {"month", kTime, 30.4375, 1}, {"months", kTime, 30.4375, 1},
    {"yr", kTime, 365.25, 1},      {"a", kTime, 365.25, 1},      {"year", kTime, 365.25, 1},
    {"years", kTime, 365.25, 1},   {"L", kVolume, 1, 1000},      {"l", kVolume, 1, 1000},
    {"mL", kVolume, 1, 1e6},       {"ml", kVolume, 1, 1e6},      {"g", kMass, 1, 1},
    {"mg", kMass, 1, 1000},        {"ug", kMass, 1, 1e6},        {"\xC2\xB5g", kMass, 1, 1e6},
    {"\xCE\xBCg", kMass, 1, 1e6},  {"ng", kMass, 1, 1e9},        {"kg", kMass, 1000, 1},
    {"t", kMass, 1e6, 1},          {"%", kNone, 1, 100},         {"1", kNone, 1, 1},
};

struct DimensionInfo {
  Exponents exponents;
  double numerator, denominator;  // size of the internal unit in base units (m, g, d)
  const char* description;
  const char* unit;
  const char* example;
};

DimensionInfo info(Dimension d) {
  switch (d) {
    case Dimension::length: return {{1, 0, 0}, 1, 1, "a length", "m", "10 m"};
    case Dimension::time: return {{0, 0, 1}, 1, 1, "a time", "d", "20 yr"};
    case Dimension::velocity: return {{1, 0, -1}, 1, 1, "a velocity", "m/d", "10 m/d"};
    case Dimension::volume_rate: return {{3, 0, -1}, 1, 1, "a volume rate", "m3/d", "500 m3/d"};
    case Dimension::concentration: return {{-3, 1, 0}, 1, 1, "a concentration", "mg/L", "5 mg/L"};
    case Dimension::mass: return {{0, 1, 0}, 1, 1, "a mass", "g", "10 kg"};
    // kg/L = 1000 g / 0.001 m3
    case Dimension::density: return {{-3, 1, 0}, 1e6, 1, "a density", "kg/L", "1.7 g/cm3"};
    // L/kg = 0.001 m3 / 1000 g
    case Dimension::partition: return {{3, -1, 0}, 1, 1e6, "a partition coefficient", "L/kg", "0.5 L/kg"};
    case Dimension::decay_rate: return {{0, 0, -1}, 1, 1, "a rate", "1/d", "0.002 1/d"};
    case Dimension::diffusion: return {{2, 0, -1}, 1, 1, "a diffusion coefficient", "m2/d", "1.7e-9 m2/s"};
    case Dimension::conductance: return {{2, 0, -1}, 1, 1, "a conductance", "m2/d", "50 m2/d"};
    case Dimension::specific_storage: return {{-1, 0, 0}, 1, 1, "a specific storage", "1/m", "1e-5 1/m"};
    case Dimension::area: return {{2, 0, 0}, 1, 1, "an area", "m2", "10 m2"};
    case Dimension::volume: return {{3, 0, 0}, 1, 1, "a volume", "m3", "10 m3"};
    case Dimension::dimensionless: return {{0, 0, 0}, 1, 1, "a number", "-", "0.3"};
    // L/mg = 0.001 m3 / 0.001 g
    case Dimension::inverse_concentration:
      return {{3, -1, 0}, 1, 1, "an inverse concentration", "L/mg", "0.1 L/mg"};
    // mg/kg = 0.001 g / 1000 g
    case Dimension::mass_fraction: return {{0, 0, 0}, 1, 1e6, "a mass fraction", "mg/kg", "100 mg/kg"};
    case Dimension::concentration_rate:
      return {{-3, 1, -1}, 1, 1, "a concentration rate", "mg/L/d", "0.01 mg/L/d"};
  }
  return {{0, 0, 0}, 1, 1, "a number", "-", "1"};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_symbol_char(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  return std::isalpha(c) || c == '%' || c >= 0x80;  // letters, percent, UTF-8 micro signs
}

// Splits "a*b c/d e/f" into factors, each with the sign of its power (+1 numerator, -1 denominator).
struct Factor { std::string_view text; int sign; };

std::vector<Factor> split_factors(std::string_view unit) {
  std::vector<Factor> out;
  int sign = 1;
  std::size_t i = 0;
  auto flush = [&](std::size_t from, std::size_t to) {
    if (to > from) out.push_back({unit.substr(from, to - from), sign});
  };
  std::size_t start = 0;
  while (i < unit.size()) {
    const char c = unit[i];
    if (c == '/' || c == '*' || c == ' ' || c == '\t') {
      flush(start, i);
      if (c == '/') sign = -1;
      start = ++i;
    } else if (c == '\xC2' && i + 1 < unit.size() && unit[i + 1] == '\xB7') {  // middle dot
      flush(start, i);
      i += 2;
      start = i;
    } else {
      ++i;
    }
  }
  flush(start, unit.size());
  return out;
}

std::optional<UnitSymbol> find_symbol(std::string_view name) {
  for (const UnitSymbol& s : kSymbols)
    if (s.name == name) return s;
  return std::nullopt;
}

// "cm3" -> (cm, 3); "s-1" -> (s, -1); "m^2" -> (m, 2); "1" -> (1, 1).
bool split_power(std::string_view factor, std::string_view& symbol, int& power) {
  if (factor == "1") {
    symbol = factor;
    power = 1;
    return true;
  }
  std::size_t i = 0;
  while (i < factor.size() && is_symbol_char(factor, i)) ++i;
  symbol = factor.substr(0, i);
  std::string_view rest = factor.substr(i);
  if (!rest.empty() && rest.front() == '^') {
    rest.remove_prefix(1);
    if (rest.empty()) return false;  // "m^" with no power
  }
  if (rest.empty()) {
    power = 1;
    return !symbol.empty();
  }
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), power);
  return ec == std::errc() && end == rest.data() + rest.size() && !symbol.empty() && power != 0;
}

// Superscript digits and minus as ASCII: "m³" -> "m3", "s⁻¹" -> "s-1" (as texts copied from
// reports write them).
std::string without_superscripts(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kSuperscripts[] = {
      {"\xC2\xB9", '1'}, {"\xC2\xB2", '2'}, {"\xC2\xB3", '3'}, {"\xE2\x81\xBB", '-'}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kSuperscripts)
      if (s.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    if (!replaced) out += s[i++];
  }
  return out;
}

// Known symbols a misspelt factor may have meant, most likely first: the same with superscripts
// written as digits ("m³"), in another case ("Kg"), a word written out ("metre" -> "m"), the
// nearest symbols by spelling ("dya" -> "day", "secs" -> "sec"), the symbols it begins ("y" ->
// "yr", "w" -> "week"), and the symbols it becomes without one of its letters ("lt" -> "l").
// Each keeps the factor's power ("Cm^3" -> "cm^3").
std::vector<std::string> factor_candidates(std::string_view factor) {
  std::vector<std::string> out;
  const std::string plain = without_superscripts(factor);
  if (plain != factor) out.push_back(plain);
  std::size_t i = 0;
  while (i < factor.size() && is_symbol_char(factor, i)) ++i;
  const std::string_view name = factor.substr(0, i);
  const std::string power(factor.substr(i));
  if (name.empty()) return out;
  std::vector<std::string> names;
  for (const UnitSymbol& sym : kSymbols)
    if (sym.name != "1") names.emplace_back(sym.name);
  auto lower = [](std::string_view w) {
    std::string l(w);
    for (char& c : l) c = char(std::tolower(static_cast<unsigned char>(c)));
    return l;
  };
  for (const std::string& n : names)
    if (lower(n) == lower(name)) out.push_back(n + power);
  // Words written out, which are not symbols themselves.
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"meter", "m"},    {"metre", "m"},   {"meters", "m"},    {"metres", "m"},     {"liter", "L"},
      {"litre", "L"},    {"liters", "L"},  {"litres", "L"},    {"gram", "g"},       {"grams", "g"},
      {"second", "s"},   {"seconds", "s"}, {"minute", "min"},  {"minutes", "min"},  {"ton", "t"},
      {"tonne", "t"},    {"tonnes", "t"},  {"percent", "%"},   {"yrs", "yr"}};
  for (const auto& [word, symbol] : kWords)
    if (lower(name) == word) out.push_back(std::string(symbol) + power);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const std::string& n : names)
    if (nearest(name, {n})) near.emplace_back(edit_distance(name, n), n);
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [distance, n] : near) out.push_back(n + power);
  std::vector<std::string> longer;
  for (const std::string& n : names)
    if (n.size() > name.size() && n.starts_with(name)) longer.push_back(n);
  std::stable_sort(longer.begin(), longer.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
  for (const std::string& n : longer) out.push_back(n + power);
  for (std::size_t k = 0; name.size() > 1 && k < name.size(); ++k) {
    const std::string shorter = std::string(name.substr(0, k)) + std::string(name.substr(k + 1));
    if (find_symbol(shorter)) out.push_back(shorter + power);
  }
  return out;
}

std::optional<Unit> parse(std::string_view text, const Exponents* expected, std::string* error);

// The first candidate for the unknown factor `factor` of `text` that makes the unit one of the
// `expected` dimension (any, when none is expected or another factor is unknown too).
std::optional<std::string> suggest_factor(std::string_view text, std::string_view factor, const Exponents* expected) {
  const std::size_t at = std::size_t(factor.data() - text.data());
  for (const std::string& candidate : factor_candidates(factor)) {
    std::string_view name;
    int power = 1;
    if (!split_power(candidate, name, power) || !find_symbol(name)) continue;
    const std::string corrected =
        std::string(text.substr(0, at)) + candidate + std::string(text.substr(at + factor.size()));
    const std::optional<Unit> unit = parse(corrected, nullptr, nullptr);
    if (!unit || !expected || unit->exponents == *expected) return candidate;
  }
  return std::nullopt;
}

std::optional<Unit> parse(std::string_view text, const Exponents* expected, std::string* error) {
  Unit unit;
  const auto factors = split_factors(text);
  if (factors.empty()) {
    if (error) *error = "empty unit";
    return std::nullopt;
  }
  for (const Factor& f : factors) {
    std::string_view name;
    int power = 1;
    std::optional<UnitSymbol> symbol;
    if (split_power(f.text, name, power)) symbol = find_symbol(name);
    if (symbol && std::abs(std::int64_t(power)) > kMaxPower) {
      // m^2000000000 multiplied its size two thousand million times (seconds of CPU), and
      // m^-2147483648 could not be negated.
      if (error) *error = "power " + std::to_string(power) + " of '" + std::string(name) + "' is too large (at most " +
                          std::to_string(kMaxPower) + ")";
      return std::nullopt;
    }
    if (!symbol) {
      if (error) {
        *error = "unknown unit '" + std::string(f.text) + "'";
        if (f.text != text) *error += " in '" + std::string(text) + "'";
        if (const auto meant = suggest_factor(text, f.text, expected)) *error += " (did you mean '" + *meant + "'?)";
      }
      return std::nullopt;
    }
    const int p = power * f.sign;
    for (int k = 0; k < 3; ++k) unit.exponents[k] += symbol->exponents[k] * p;
    for (int n = 0; n < std::abs(p); ++n) {
      if (p > 0) {
        unit.numerator *= symbol->numerator;
        unit.denominator *= symbol->denominator;
      } else {
        unit.numerator *= symbol->denominator;
        unit.denominator *= symbol->numerator;
      }
    }
  }
  // Many factors ("km km km ...", "m9 m9 m9 ...") could still make the size infinite or zero, or
  // add up to powers no quantity has.
  const bool exponents_fit = std::all_of(unit.exponents.begin(), unit.exponents.end(),
                                         [](int e) { return std::abs(e) <= kMaxPower; });
  if (!exponents_fit || !std::isfinite(unit.numerator) || !std::isfinite(unit.denominator) || unit.numerator <= 0.0 ||
      unit.denominator <= 0.0) {
    if (error) *error = "unit '" + std::string(text) + "' is out of range (powers of m, g and d at most " +
                        std::to_string(kMaxPower) + ")";
    return std::nullopt;
  }
  return unit;
}

}  // namespace

std::optional<Unit> parse_unit(std::string_view text, std::string* error) {
  return parse(trim(text), nullptr, error);
}

std::string describe(const Exponents& e) {
  for (Dimension d : {Dimension::length, Dimension::time, Dimension::velocity, Dimension::volume_rate,
                      Dimension::mass, Dimension::decay_rate, Dimension::specific_storage, Dimension::area,
                      Dimension::volume, Dimension::concentration_rate})
    if (info(d).exponents == e) return info(d).description;
  // Several quantities share these exponents; name them all.
  if (e == Exponents{-3, 1, 0}) return "a concentration or density";
  if (e == Exponents{3, -1, 0}) return "a partition coefficient or inverse concentration";
  if (e == Exponents{2, 0, -1}) return "a diffusion coefficient or conductance";
  if (e == Exponents{0, 0, 0}) return "dimensionless";
  std::string out = "a quantity of dimension";
  const char* names[3] = {"m", "g", "d"};
  for (int k = 0; k < 3; ++k) {
    if (e[k] == 0) continue;
    out += std::string(" ") + names[k];
    if (e[k] != 1) out += "^" + std::to_string(e[k]);
  }
  return out;
}

std::string describe(Dimension d) { return info(d).description; }
std::string internal_unit(Dimension d) { return info(d).unit; }
std::string example(Dimension d) { return info(d).example; }

std::optional<double> factor_to_internal(const Unit& unit, std::string_view unit_text, Dimension expected,
                                         std::string* error) {
  const DimensionInfo target = info(expected);
  if (unit.exponents != target.exponents) {
    if (error) *error = "unit '" + std::string(trim(unit_text)) + "' is " + describe(unit.exponents) +
                        ", expected " + target.description;
    return std::nullopt;
  }
  return (unit.numerator * target.denominator) / (unit.denominator * target.numerator);
}

std::optional<double> to_internal(std::string_view text, Dimension expected, std::string* error) {
  text = trim(text);
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
  double value = 0.0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec == std::errc::result_out_of_range) {
    // "1e999": beyond what a double holds (or so small it would be read as 0).
    if (error) *error = "out of range, expected " + std::string(info(expected).description) + " of magnitude at most " +
                        number_text(kLargestQuantity) + " " + info(expected).unit;
    return std::nullopt;
  }
  if (ec == std::errc() && !std::isfinite(value)) {  // "nan m/d", "inf m"
    if (error) *error = "not a finite number, expected " + describe(expected) + " such as \"" + example(expected) + "\"";
    return std::nullopt;
  }
  if (ec != std::errc()) {
    if (error) *error = "not a number with a unit, expected " + describe(expected) + " such as \"" +
                        example(expected) + "\"";
    return std::nullopt;
  }
  const std::string_view unit_text = trim(std::string_view(end, digits.data() + digits.size() - end));
  if (unit_text.empty()) return value;  // a bare number is in internal units
  std::string unit_error;
  const Exponents wanted = info(expected).exponents;  // suggestions for a misspelt unit must fit it
  const std::optional<Unit> unit = parse(unit_text, &wanted, &unit_error);
  if (!unit) {
    if (error) *error = unit_error + ", expected " + describe(expected);
    return std::nullopt;
  }
  const std::optional<double> factor = factor_to_internal(*unit, unit_text, expected, error);
  if (!factor) return std::nullopt;
  return value * *factor;
}

}  // namespace gwp::model
