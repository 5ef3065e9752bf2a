// Quantities with units, as a case file writes them: a plain number (already in internal units)
// or a string "value unit" such as "1e-4 cm/s", "20 yr" or "1.7 g/cm3".
//
// Internal units: m, d, g, and the derived ones listed per Dimension below (mg/L = g/m3, kg/L for
// density, L/kg for partition coefficients ...). A unit is parsed into exponents of
// (length, mass, time) and a scale; a value is accepted only when its exponents match the
// dimension the caller expects, so "3 m/s" given for a time is an error, not a silent 3 days.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace gwp::model {

// What a value is expected to be; each has its internal unit.
enum class Dimension {
  length,                 // m
  time,                   // d
  velocity,               // m/d (hydraulic conductivity, recharge, leakage)
  volume_rate,            // m3/d
  concentration,          // mg/L (= g/m3)
  mass,                   // g
  density,                // kg/L (= g/cm3)
  partition,              // L/kg (Kd)
  decay_rate,             // 1/d
  diffusion,              // m2/d
  conductance,            // m2/d (boundary conductance per cell)
  specific_storage,       // 1/m
  area,                   // m2
  volume,                 // m3
  dimensionless,          // -
  inverse_concentration,  // L/mg (Langmuir constant)
  mass_fraction,          // mg/kg (sorbed concentration, Langmuir capacity)
  concentration_rate,     // mg/L/d (zero-order production or loss)
};

// The largest magnitude a quantity may have in its internal unit (1e15 m, d, m/d, mg/L ...). No
// site comes near it (a projected coordinate is below 1e8 m, the longest half-life anyone models
// about 2e12 d), and a value beyond it would make the products the model forms (conductance times
// head, rate times time) overflow to infinity instead of failing where it was written.
inline constexpr double kLargestQuantity = 1e15;

// Exponents of length (m), mass (g) and time (d).
using Exponents = std::array<int, 3>;

// A parsed unit: value_in_base = value * numerator / denominator, base units m, g, d.
// Scales are kept as a ratio of exactly representable factors (100, 86400, 365.25 ...) so that
// most conversions are rounded once, when the ratio is formed.
struct Unit {
  Exponents exponents{0, 0, 0};
  double numerator = 1.0;
  double denominator = 1.0;
};

// Parses a unit such as "m/d", "m3/d", "mg/L", "1/d", "m^2/s", "s-1", "kg*m/s2".
// Products are written with '*', a middle dot or a space; each '/' starts a group of
// denominator factors ("mg/L/d" = mg/(L d)); powers as m2, m3, cm3, s-1, m^2 or m^-1.
// Returns nullopt and sets *error ("unknown unit 'furlong'") when it cannot.
std::optional<Unit> parse_unit(std::string_view text, std::string* error);

// "a velocity", "a length" ...; for exponents that match no named quantity,
// "a quantity of dimension m^2 g d^-1".
std::string describe(const Exponents& exponents);
std::string describe(Dimension dimension);          // "a length"
std::string internal_unit(Dimension dimension);     // "m"
std::string example(Dimension dimension);           // "10 m"

// Factor from `unit` to the internal unit of `expected`, or nullopt with *error
// ("unit 'm/s' is a velocity, expected a time") when the dimensions differ.
std::optional<double> factor_to_internal(const Unit& unit, std::string_view unit_text, Dimension expected,
                                         std::string* error);

// "value unit" (or a bare number, taken in internal units) converted to the internal unit of
// `expected`. On failure returns nullopt and sets *error, e.g. "unknown unit 'furlong', expected
// a length" or "unit 'm/s' is a velocity, expected a time".
std::optional<double> to_internal(std::string_view text, Dimension expected, std::string* error);

}  // namespace gwp::model
