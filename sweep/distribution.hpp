// The distributions a sweep samples a parameter from, as quantile functions: a member's value is
// the quantile of a number u in (0, 1) that the sampling method chose (Latin hypercube strata,
// Monte Carlo draws). Values are in the program's internal units (m, d, mg/L ...).
//
//   uniform      min, max
//   loguniform   min, max (> 0): uniform in log10
//   normal       mean, sd
//   lognormal    median, sigma_log10: log10 of the value is normal with mean log10(median)
//   triangular   min, mode, max
//   choice       a list of values, each as likely
// Any of the continuous ones may be truncated to [lower, upper]: the quantile of u is then the
// untruncated quantile of F(lower) + u (F(upper) - F(lower)).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace gwp::sweep {

struct Distribution {
  enum class Type { uniform, loguniform, normal, lognormal, triangular, choice };
  Type type = Type::uniform;
  // uniform, loguniform: a = min, b = max; normal: a = mean, b = sd; lognormal: a = median,
  // b = sigma_log10; triangular: a = min, c = mode, b = max.
  double a = 0.0, b = 0.0, c = 0.0;
  std::vector<double> choices;          // choice
  std::optional<double> lower, upper;   // truncation bounds (continuous types)
};

// "uniform", "loguniform", ... as a sweep file writes them; nullopt for anything else.
std::optional<Distribution::Type> parse_distribution_type(const std::string& name);
std::string to_string(Distribution::Type type);

// What is wrong with the distribution's parameters ("sd must be > 0", ...); empty when nothing.
std::vector<std::string> distribution_problems(const Distribution& d);

// Cumulative probability of x (continuous types, untruncated).
double cdf(const Distribution& d, double x);

// The value at probability u in (0, 1), truncation applied. Throws std::invalid_argument for a
// distribution with problems or u outside (0, 1).
double quantile(const Distribution& d, double u);

}  // namespace gwp::sweep
