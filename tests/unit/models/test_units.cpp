// Unit conversion against the exact definitions of the units: 1 d = 86400 s, 1 yr = 365.25 d
// (Julian year), 1 month = 30.4375 d, 1 ft = 0.3048 m, 1 L = 1e-3 m3, 1 mg/L = 1 g/m3.
// Expected values are written from those definitions by hand, not computed by the code under test.
// Comparisons use EXPECT_DOUBLE_EQ (4 units in the last place): a conversion rounds at most twice
// (forming the factor, then multiplying by the value), so anything larger is a wrong factor.
#include <gtest/gtest.h>

#include <string>

#include "models/units.hpp"

namespace gwp::model {
namespace {

double convert(const std::string& text, Dimension d) {
  std::string error;
  const auto v = to_internal(text, d, &error);
  EXPECT_TRUE(v.has_value()) << text << ": " << error;
  return v.value_or(-1.0);
}

std::string failure(const std::string& text, Dimension d) {
  std::string error;
  const auto v = to_internal(text, d, &error);
  EXPECT_FALSE(v.has_value()) << text;
  return error;
}

TEST(Units, LengthAndTime) {
  EXPECT_DOUBLE_EQ(convert("3000 cm", Dimension::length), 30.0);
  EXPECT_DOUBLE_EQ(convert("1500 mm", Dimension::length), 1.5);
  EXPECT_DOUBLE_EQ(convert("0.15 km", Dimension::length), 150.0);
  EXPECT_DOUBLE_EQ(convert("10 ft", Dimension::length), 3.048);
  EXPECT_DOUBLE_EQ(convert("20 yr", Dimension::time), 7305.0);
  EXPECT_DOUBLE_EQ(convert("2 a", Dimension::time), 730.5);
  EXPECT_DOUBLE_EQ(convert("1 years", Dimension::time), 365.25);
  EXPECT_DOUBLE_EQ(convert("4 month", Dimension::time), 121.75);
  EXPECT_DOUBLE_EQ(convert("6 h", Dimension::time), 0.25);
  EXPECT_DOUBLE_EQ(convert("90 min", Dimension::time), 90.0 / 1440.0);
  EXPECT_DOUBLE_EQ(convert("43200 s", Dimension::time), 0.5);
  EXPECT_DOUBLE_EQ(convert("3 days", Dimension::time), 3.0);
}

TEST(Units, BareNumberIsInternal) {
  EXPECT_DOUBLE_EQ(convert("48.5", Dimension::length), 48.5);
  EXPECT_DOUBLE_EQ(convert("  -2.5e-3  ", Dimension::velocity), -2.5e-3);
  EXPECT_DOUBLE_EQ(convert("+7", Dimension::time), 7.0);
}

TEST(Units, Velocities) {
  // 1 cm/s = 0.01 m * 86400 s/d = 864 m/d exactly.
  EXPECT_DOUBLE_EQ(convert("1e-4 cm/s", Dimension::velocity), 1e-4 * 864.0);
  EXPECT_DOUBLE_EQ(convert("1e-9 m/s", Dimension::velocity), 1e-9 * 86400.0);
  // 1500 mm/yr = 1.5 m / 365.25 d.
  EXPECT_DOUBLE_EQ(convert("1500 mm/yr", Dimension::velocity), 1.5 / 365.25);
  EXPECT_DOUBLE_EQ(convert("10 m/d", Dimension::velocity), 10.0);
  EXPECT_DOUBLE_EQ(convert("3 ft/d", Dimension::velocity), 0.9144);
}

TEST(Units, VolumeRates) {
  EXPECT_DOUBLE_EQ(convert("500 m3/d", Dimension::volume_rate), 500.0);
  EXPECT_DOUBLE_EQ(convert("-300 m^3/d", Dimension::volume_rate), -300.0);
  // 2 L/s = 2e-3 m3 * 86400 = 172.8 m3/d.
  EXPECT_DOUBLE_EQ(convert("2 L/s", Dimension::volume_rate), 172.8);
  EXPECT_DOUBLE_EQ(convert("1 m3*s-1", Dimension::volume_rate), 86400.0);
}

TEST(Units, ConcentrationsAndDensities) {
  EXPECT_DOUBLE_EQ(convert("5 mg/L", Dimension::concentration), 5.0);
  EXPECT_DOUBLE_EQ(convert("5 ug/L", Dimension::concentration), 0.005);
  EXPECT_DOUBLE_EQ(convert("5 \xC2\xB5g/L", Dimension::concentration), 0.005);  // micro sign
  EXPECT_DOUBLE_EQ(convert("5 \xCE\xBCg/L", Dimension::concentration), 0.005);  // Greek mu
  EXPECT_DOUBLE_EQ(convert("2.5 g/L", Dimension::concentration), 2500.0);
  EXPECT_DOUBLE_EQ(convert("3 g/m3", Dimension::concentration), 3.0);
  // Same dimension, different internal unit: a density is in kg/L = g/cm3.
  EXPECT_DOUBLE_EQ(convert("1.7 g/cm3", Dimension::density), 1.7);
  EXPECT_DOUBLE_EQ(convert("1700 kg/m3", Dimension::density), 1.7);
  EXPECT_DOUBLE_EQ(convert("1.7 g/cm3", Dimension::concentration), 1.7e6);
}

TEST(Units, ReactionParameters) {
  EXPECT_DOUBLE_EQ(convert("0.5 L/kg", Dimension::partition), 0.5);
  EXPECT_DOUBLE_EQ(convert("0.5 mL/g", Dimension::partition), 0.5);
  EXPECT_DOUBLE_EQ(convert("2 m3/kg", Dimension::partition), 2000.0);
  EXPECT_DOUBLE_EQ(convert("0.002 1/d", Dimension::decay_rate), 0.002);
  EXPECT_DOUBLE_EQ(convert("0.73 1/yr", Dimension::decay_rate), 0.73 / 365.25);
  EXPECT_DOUBLE_EQ(convert("1 s-1", Dimension::decay_rate), 86400.0);
  // 1.7e-9 m2/s * 86400 s/d = 1.4688e-4 m2/d.
  EXPECT_DOUBLE_EQ(convert("1.7e-9 m2/s", Dimension::diffusion), 1.4688e-4);
  EXPECT_DOUBLE_EQ(convert("50 m2/d", Dimension::conductance), 50.0);
  EXPECT_DOUBLE_EQ(convert("1e-5 1/m", Dimension::specific_storage), 1e-5);
  EXPECT_DOUBLE_EQ(convert("1e-5 m-1", Dimension::specific_storage), 1e-5);
  EXPECT_DOUBLE_EQ(convert("0.1 L/mg", Dimension::inverse_concentration), 0.1);
  EXPECT_DOUBLE_EQ(convert("2 g/kg", Dimension::mass_fraction), 2000.0);
  EXPECT_DOUBLE_EQ(convert("0.01 mg/L/d", Dimension::concentration_rate), 0.01);
  EXPECT_DOUBLE_EQ(convert("24 mg/L/h", Dimension::concentration_rate), 576.0);
}

TEST(Units, MassAreaVolumeAndNumbers) {
  EXPECT_DOUBLE_EQ(convert("2 kg", Dimension::mass), 2000.0);
  EXPECT_DOUBLE_EQ(convert("3 t", Dimension::mass), 3e6);
  EXPECT_DOUBLE_EQ(convert("250 mg", Dimension::mass), 0.25);
  EXPECT_DOUBLE_EQ(convert("1 km2", Dimension::area), 1e6);
  EXPECT_DOUBLE_EQ(convert("500 L", Dimension::volume), 0.5);
  EXPECT_DOUBLE_EQ(convert("20 %", Dimension::dimensionless), 0.2);
  EXPECT_DOUBLE_EQ(convert("1 m/km", Dimension::dimensionless), 1e-3);
}

TEST(Units, UnknownUnitIsNamed) {
  EXPECT_EQ(failure("3 furlong", Dimension::length), "unknown unit 'furlong', expected a length");
  EXPECT_EQ(failure("3 m/fortnight", Dimension::velocity),
            "unknown unit 'fortnight' in 'm/fortnight', expected a velocity");
}

TEST(Units, MisspeltUnitSuggestsTheNearestKnownOne) {
  // A symbol it begins, one letter off, a letter too many, another case, superscript digits.
  EXPECT_EQ(failure("20 y", Dimension::time), "unknown unit 'y' (did you mean 'yr'?), expected a time");
  EXPECT_EQ(failure("10 m/dy", Dimension::velocity),
            "unknown unit 'dy' in 'm/dy' (did you mean 'day'?), expected a velocity");
  EXPECT_EQ(failure("5 mg/lt", Dimension::concentration),
            "unknown unit 'lt' in 'mg/lt' (did you mean 'l'?), expected a concentration");
  EXPECT_EQ(failure("2 KG", Dimension::mass), "unknown unit 'KG' (did you mean 'kg'?), expected a mass");
  EXPECT_EQ(failure("500 m\xC2\xB3/d", Dimension::volume_rate),
            "unknown unit 'm\xC2\xB3' in 'm\xC2\xB3/d' (did you mean 'm3'?), expected a volume rate");
  EXPECT_EQ(failure("3 secs", Dimension::time), "unknown unit 'secs' (did you mean 'sec'?), expected a time");
  EXPECT_EQ(failure("20 Meters", Dimension::length), "unknown unit 'Meters' (did you mean 'm'?), expected a length");
  EXPECT_EQ(failure("1 litre", Dimension::volume), "unknown unit 'litre' (did you mean 'L'?), expected a volume");
  // The power stays with the suggestion.
  EXPECT_EQ(failure("2 Cm3", Dimension::volume), "unknown unit 'Cm3' (did you mean 'cm3'?), expected a volume");
}

TEST(Units, SuggestionsFitTheExpectedDimension) {
  // 'ft' is one letter from 'lt' too, but mg/ft is no concentration.
  EXPECT_EQ(failure("5 mg/lt", Dimension::concentration).find("'ft'"), std::string::npos);
  // Every symbol starting with 'y' is a time: none is offered for a length.
  EXPECT_EQ(failure("20 y", Dimension::length), "unknown unit 'y', expected a length");
  // Nothing close: no suggestion.
  EXPECT_EQ(failure("3 furlong", Dimension::length), "unknown unit 'furlong', expected a length");
}

TEST(Units, CommonSpellingsNeedNoSuggestion) {
  EXPECT_DOUBLE_EQ(convert("30 days", Dimension::time), 30.0);
  EXPECT_DOUBLE_EQ(convert("5 mg/l", Dimension::concentration), 5.0);
  EXPECT_DOUBLE_EQ(convert("500 m3/day", Dimension::volume_rate), 500.0);
  EXPECT_DOUBLE_EQ(convert("2 years", Dimension::time), 730.5);
  EXPECT_DOUBLE_EQ(convert("6 hours", Dimension::time), 0.25);
}

TEST(Units, WrongDimensionNamesBoth) {
  EXPECT_EQ(failure("3 m/s", Dimension::time), "unit 'm/s' is a velocity, expected a time");
  EXPECT_EQ(failure("2 yr", Dimension::length), "unit 'yr' is a time, expected a length");
  EXPECT_EQ(failure("5 mg/L", Dimension::partition),
            "unit 'mg/L' is a concentration or density, expected a partition coefficient");
  EXPECT_EQ(failure("5 m2/kg", Dimension::length), "unit 'm2/kg' is a quantity of dimension m^2 g^-1, expected a length");
}

TEST(Units, NotANumber) {
  EXPECT_EQ(failure("ten m", Dimension::length), "not a number with a unit, expected a length such as \"10 m\"");
  EXPECT_FALSE(to_internal("inf m", Dimension::length, nullptr).has_value());
  EXPECT_FALSE(to_internal("", Dimension::length, nullptr).has_value());
}

TEST(Units, ParseUnitExponents) {
  std::string error;
  const auto u = parse_unit("kg*m/s2", &error);
  ASSERT_TRUE(u.has_value()) << error;
  EXPECT_EQ(u->exponents, (Exponents{1, 1, -2}));
  // kg m / s2 = 1000 g m / (1/86400 d)^2 = 1000 * 86400^2 g m / d2.
  EXPECT_DOUBLE_EQ(u->numerator / u->denominator, 1000.0 * 86400.0 * 86400.0);
  EXPECT_FALSE(parse_unit("m^0", &error).has_value());
  EXPECT_FALSE(parse_unit("m^", &error).has_value());
}

// Found by fuzzing the observation CSV reader: a power of two thousand million multiplied the
// unit's size that many times (seconds of CPU for one value), and the most negative power could
// not be negated (undefined behaviour). Powers are now at most 9, in each factor and in the unit.
TEST(Units, HugePowersAreRefusedAtOnce) {
  EXPECT_EQ(failure("10 m^2000000000/d", Dimension::velocity), "power 2000000000 of 'm' is too large (at most 9), expected a velocity");
  EXPECT_EQ(failure("10 m^-2147483648/d", Dimension::velocity), "power -2147483648 of 'm' is too large (at most 9), expected a velocity");
  EXPECT_EQ(failure("1 mg/L^10", Dimension::concentration), "power 10 of 'L' is too large (at most 9), expected a concentration");
  std::string error;
  EXPECT_FALSE(parse_unit("m9 m9", &error).has_value());
  EXPECT_EQ(error, "unit 'm9 m9' is out of range (powers of m, g and d at most 9)");
  // 200 kilometres over 200 millimetres: dimensionless, but 1e1200, beyond a double.
  std::string many = "km", fewer = "mm";
  for (int i = 1; i < 200; ++i) many += " km", fewer += " mm";
  EXPECT_FALSE(parse_unit(many + "/" + fewer, &error).has_value());
  EXPECT_NE(error.find("is out of range"), std::string::npos) << error;
  // The largest powers that are accepted.
  EXPECT_DOUBLE_EQ(convert("1 m^9/m^8", Dimension::length), 1.0);
  EXPECT_DOUBLE_EQ(convert("2 s^-1", Dimension::decay_rate), 2.0 * 86400.0);
}

}  // namespace
}  // namespace gwp::model
