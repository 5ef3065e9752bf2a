// The hydrodynamic dispersion tensor of Bear and Scheidegger with the horizontal/vertical
// transverse split of MT3DMS (Zheng and Wang 1999, eq. 2.5), written for the Darcy flux q (m/d)
// so that it gives theta D directly, the coefficient the flux -theta D grad C needs:
//   theta D_xx = aL qx^2/|q| + aTH qy^2/|q| + aTV qz^2/|q| + theta Dm
//   theta D_yy = aL qy^2/|q| + aTH qx^2/|q| + aTV qz^2/|q| + theta Dm
//   theta D_zz = aL qz^2/|q| + aTV qx^2/|q| + aTV qy^2/|q| + theta Dm
//   theta D_xy = (aL - aTH) qx qy/|q|
//   theta D_xz = (aL - aTV) qx qz/|q|
//   theta D_yz = (aL - aTV) qy qz/|q|
// (v = q / theta, so aL vx^2/|v| times theta is aL qx^2/|q|.) Axes: x and y horizontal, z
// vertical. theta Dm is molecular diffusion times porosity (no tortuosity factor).
#pragma once
#include <array>

namespace gwp::solver {

struct Dispersivity {
  double longitudinal = 0.0;           // m, aL
  double transverse_horizontal = 0.0;  // m, aTH
  double transverse_vertical = 0.0;    // m, aTV
};

// Symmetric tensor theta D (m2/d).
struct DispersionTensor {
  double xx = 0.0, yy = 0.0, zz = 0.0, xy = 0.0, xz = 0.0, yz = 0.0;
  // Component (a, b) with axes 0 = x, 1 = y, 2 = z.
  double operator()(int a, int b) const;
};

// q: Darcy flux (m/d) in x, y, z; porous_diffusion: theta Dm (m2/d).
DispersionTensor dispersion_tensor(const std::array<double, 3>& q, const Dispersivity& alpha,
                                   double porous_diffusion);

}  // namespace gwp::solver
