#include "sweep/distribution.hpp"

#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <cmath>
#include <stdexcept>

namespace gwp::sweep {

namespace {

using Type = Distribution::Type;

constexpr double kLn10 = 2.302585092994045684;  // ln 10: lognormal's sigma_log10 to sigma of ln

// Untruncated quantile of a continuous distribution.
double raw_quantile(const Distribution& d, double u) {
  switch (d.type) {
    case Type::uniform:
      return d.a + u * (d.b - d.a);
    case Type::loguniform:
      return std::pow(10.0, std::log10(d.a) + u * (std::log10(d.b) - std::log10(d.a)));
    case Type::normal:
      return boost::math::quantile(boost::math::normal_distribution<double>(d.a, d.b), u);
    case Type::lognormal:
      return boost::math::quantile(boost::math::lognormal_distribution<double>(std::log(d.a), d.b * kLn10), u);
    case Type::triangular:
      return boost::math::quantile(boost::math::triangular_distribution<double>(d.a, d.c, d.b), u);
    case Type::choice:
      break;
  }
  throw std::logic_error("raw_quantile of a choice");
}

}  // namespace

std::optional<Type> parse_distribution_type(const std::string& name) {
  for (Type t : {Type::uniform, Type::loguniform, Type::normal, Type::lognormal, Type::triangular, Type::choice})
    if (to_string(t) == name) return t;
  return std::nullopt;
}

std::string to_string(Type type) {
  switch (type) {
    case Type::uniform: return "uniform";
    case Type::loguniform: return "loguniform";
    case Type::normal: return "normal";
    case Type::lognormal: return "lognormal";
    case Type::triangular: return "triangular";
    case Type::choice: return "choice";
  }
  return "?";
}

std::vector<std::string> distribution_problems(const Distribution& d) {
  std::vector<std::string> p;
  const auto finite = [](double v) { return std::isfinite(v); };
  switch (d.type) {
    case Type::uniform:
      if (!finite(d.a) || !finite(d.b) || !(d.a < d.b)) p.push_back("needs finite min < max");
      break;
    case Type::loguniform:
      if (!finite(d.a) || !finite(d.b) || !(d.a > 0.0) || !(d.a < d.b)) p.push_back("needs 0 < min < max");
      break;
    case Type::normal:
      if (!finite(d.a)) p.push_back("needs a finite mean");
      if (!finite(d.b) || !(d.b > 0.0)) p.push_back("needs sd > 0");
      break;
    case Type::lognormal:
      if (!finite(d.a) || !(d.a > 0.0)) p.push_back("needs median > 0");
      if (!finite(d.b) || !(d.b > 0.0)) p.push_back("needs sigma_log10 > 0");
      break;
    case Type::triangular:
      if (!finite(d.a) || !finite(d.b) || !finite(d.c) || !(d.a < d.b) || d.c < d.a || d.c > d.b)
        p.push_back("needs finite min <= mode <= max, min < max");
      break;
    case Type::choice:
      if (d.choices.empty()) p.push_back("needs at least one value");
      for (double v : d.choices)
        if (!finite(v)) p.push_back("has a value that is not finite");
      if (d.lower || d.upper) p.push_back("cannot be truncated (list only the values wanted)");
      return p;
  }
  if (d.lower && d.upper && !(*d.lower < *d.upper)) p.push_back("needs truncation lower < upper");
  if (p.empty() && (d.lower || d.upper)) {
    const double lo = d.lower ? cdf(d, *d.lower) : 0.0, hi = d.upper ? cdf(d, *d.upper) : 1.0;
    if (!(hi > lo)) p.push_back("is truncated to a range it gives no probability");
  }
  return p;
}

double cdf(const Distribution& d, double x) {
  switch (d.type) {
    case Type::uniform:
      return x <= d.a ? 0.0 : x >= d.b ? 1.0 : (x - d.a) / (d.b - d.a);
    case Type::loguniform:
      return x <= d.a ? 0.0 : x >= d.b ? 1.0 : std::log10(x / d.a) / std::log10(d.b / d.a);
    case Type::normal:
      return boost::math::cdf(boost::math::normal_distribution<double>(d.a, d.b), x);
    case Type::lognormal:
      return x <= 0.0 ? 0.0
                      : boost::math::cdf(boost::math::lognormal_distribution<double>(std::log(d.a), d.b * kLn10), x);
    case Type::triangular:
      return x <= d.a ? 0.0 : x >= d.b ? 1.0 : boost::math::cdf(boost::math::triangular_distribution<double>(d.a, d.c, d.b), x);
    case Type::choice:
      break;
  }
  throw std::invalid_argument("the cumulative probability of a choice");
}

double quantile(const Distribution& d, double u) {
  if (!(u > 0.0 && u < 1.0)) throw std::invalid_argument("quantile at " + std::to_string(u) + ", outside (0, 1)");
  if (const auto problems = distribution_problems(d); !problems.empty())
    throw std::invalid_argument(to_string(d.type) + " distribution " + problems.front());
  if (d.type == Type::choice) {
    const std::size_t n = d.choices.size();
    return d.choices[std::min(n - 1, std::size_t(u * double(n)))];
  }
  if (!d.lower && !d.upper) return raw_quantile(d, u);
  const double lo = d.lower ? cdf(d, *d.lower) : 0.0, hi = d.upper ? cdf(d, *d.upper) : 1.0;
  double v = raw_quantile(d, lo + u * (hi - lo));
  // Rounding of the probabilities may put a value a hair outside the bounds.
  if (d.lower) v = std::max(v, *d.lower);
  if (d.upper) v = std::min(v, *d.upper);
  return v;
}

}  // namespace gwp::sweep
