#include "solver/transport/dispersion_tensor.hpp"

#include <cmath>

namespace gwp::solver {

double DispersionTensor::operator()(int a, int b) const {
  if (a > b) return (*this)(b, a);
  if (a == b) return a == 0 ? xx : (a == 1 ? yy : zz);
  if (a == 0) return b == 1 ? xy : xz;
  return yz;
}

DispersionTensor dispersion_tensor(const std::array<double, 3>& q, const Dispersivity& alpha,
                                   double porous_diffusion) {
  DispersionTensor d;
  d.xx = d.yy = d.zz = porous_diffusion;
  const double speed = std::sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
  if (speed == 0.0) return d;
  const double al = alpha.longitudinal, ath = alpha.transverse_horizontal,
               atv = alpha.transverse_vertical;
  const double x2 = q[0] * q[0] / speed, y2 = q[1] * q[1] / speed, z2 = q[2] * q[2] / speed;
  d.xx += al * x2 + ath * y2 + atv * z2;
  d.yy += al * y2 + ath * x2 + atv * z2;
  d.zz += al * z2 + atv * x2 + atv * y2;
  d.xy = (al - ath) * q[0] * q[1] / speed;
  d.xz = (al - atv) * q[0] * q[2] / speed;
  d.yz = (al - atv) * q[1] * q[2] / speed;
  return d;
}

}  // namespace gwp::solver
