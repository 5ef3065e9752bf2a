#include "models/features/liner.hpp"

#include <algorithm>
#include <cmath>

#include "models/number_text.hpp"

namespace gwp::model {

namespace {

constexpr double kSecondsPerDay = 86400.0;
constexpr double kSquareMetresPerHectare = 1e4;

// Validity of the fit (see liner.hpp).
constexpr double kMinHoleArea = 2e-7;             // m2, about 0.5 mm diameter
constexpr double kMaxHoleArea = 5e-4;             // m2, about 25 mm diameter
constexpr double kMaxHead = 3.0;                  // m
constexpr double kMaxSoilK = 1e-6 * kSecondsPerDay;  // m/d

}  // namespace

double giroud_hole_leakage(Liner::Contact contact, double hole_area, double head, double soil_k,
                           double soil_thickness) {
  if (head <= 0.0 || hole_area <= 0.0 || soil_k <= 0.0) return 0.0;
  const double c_qo = contact == Liner::Contact::good ? 0.21 : 1.15;
  const double k_s = soil_k / kSecondsPerDay;  // m/s: the equation is fitted in SI units
  const double gradient_factor = 1.0 + 0.1 * std::pow(head / soil_thickness, 0.95);
  const double q = c_qo * gradient_factor * std::pow(hole_area, 0.1) * std::pow(head, 0.9) * std::pow(k_s, 0.74);
  return q * kSecondsPerDay;  // m3/d
}

solver::Schedule liner_leakage(const Liner& liner) {
  std::vector<double> times = liner.holes_per_hectare.times;
  times.insert(times.end(), liner.head.times.begin(), liner.head.times.end());
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  solver::Schedule out;
  for (double t : times) {
    const double holes = liner.holes_per_hectare.at(t) / kSquareMetresPerHectare;  // 1/m2
    const double per_hole = giroud_hole_leakage(liner.contact, liner.hole_area, liner.head.at(t), liner.soil_k,
                                                liner.soil_thickness);
    out.times.push_back(t);
    out.values.push_back(holes * per_hole);  // m/d
  }
  return out;
}

std::vector<std::string> liner_warnings(const Liner& liner, const std::string& landfill) {
  std::vector<std::string> out;
  const std::string prefix = "landfill " + landfill + ": liner ";
  const std::string outside = " is outside the range Giroud's equation was fitted to (";
  if (liner.hole_area < kMinHoleArea || liner.hole_area > kMaxHoleArea)
    out.push_back(prefix + "hole area " + number_text(liner.hole_area) + " m2" + outside + "2e-7 to 5e-4 m2)");
  const double head = *std::max_element(liner.head.values.begin(), liner.head.values.end());
  if (head > kMaxHead) out.push_back(prefix + "head " + number_text(head) + " m" + outside + "up to 3 m)");
  if (liner.soil_k > kMaxSoilK)
    out.push_back(prefix + "soil_k " + number_text(liner.soil_k) + " m/d" + outside + "up to 1e-6 m/s = 0.0864 m/d)");
  return out;
}

}  // namespace gwp::model
