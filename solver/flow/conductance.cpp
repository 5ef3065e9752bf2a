#include "solver/flow/conductance.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::solver {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

double horizontal_conductance(double t1, double d1, double t2, double d2, double width) {
  if (t1 <= 0.0 || t2 <= 0.0) return 0.0;
  return width / (d1 / t1 + d2 / t2);
}

double vertical_conductance(double kv1, double b1, double kv2, double b2, double area) {
  if (kv1 <= 0.0 || kv2 <= 0.0) return 0.0;
  return area / (0.5 * b1 / kv1 + 0.5 * b2 / kv2);
}

double peaceman_radius(double dx, double dy) { return 0.28 * std::sqrt(dx * dx + dy * dy) / 2.0; }

double peaceman_radius(double dx, double dy, double kx, double ky) {
  const double yx = std::sqrt(ky / kx), xy = std::sqrt(kx / ky);
  return 0.28 * std::sqrt(yx * dx * dx + xy * dy * dy) / (std::sqrt(yx) + std::sqrt(xy));
}

double thiem_conductance(double k, double b, double re, double rw) {
  if (!(re > rw) || !(rw > 0.0))
    throw std::invalid_argument("Thiem conductance needs an effective radius (" +
                                std::to_string(re) + " m) larger than the well radius (" +
                                std::to_string(rw) + " m)");
  return 2.0 * kPi * k * b / std::log(re / rw);
}

double bore_conductance(double radius, double k, double length) {
  return kPi * radius * radius * k / length;
}

double riverbed_conductance(double k_bed, double thickness, double area) {
  return k_bed * area / thickness;
}

HeadDependentFlow general_head_flow(double conductance, double level, double head) {
  return {conductance * (level - head), -conductance};
}

HeadDependentFlow river_flow(double conductance, double stage, double bottom, double head) {
  if (head > bottom) return {conductance * (stage - head), -conductance};
  return {conductance * (stage - bottom), 0.0};
}

HeadDependentFlow drain_flow(double conductance, double level, double head) {
  if (head > level) return {conductance * (level - head), -conductance};
  return {0.0, 0.0};
}

}  // namespace gwp::solver
