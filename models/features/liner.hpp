// Leakage through a composite liner (a geomembrane on a layer of low-permeability soil) from the
// holes in its geomembrane, for [[landfills]] with a `liner` instead of a given `leakage`.
//
// Form used: Giroud, Badu-Tweneboah and Bonaparte (1992), circular hole, composite liner, in SI
// units (Q m3/s, a m2, h m, k_s m/s, t_s m):
//   Q = C_qo [1 + 0.1 (h / t_s)^0.95] a^0.1 h^0.9 k_s^0.74,
//   C_qo = 0.21 for good contact between geomembrane and soil, 1.15 for poor contact.
// The bracket corrects for the gradient through a soil layer of finite thickness t_s (Giroud
// 1997); without it this is Giroud and Bonaparte's (1989) equation. The equations are empirical
// fits and are quoted as valid for circular holes of about 0.5 to 25 mm diameter (areas of about
// 2e-7 to 5e-4 m2), heads on the liner up to about 3 m, and a soil of low permeability
// (k_s up to about 1e-6 m/s) [recalled ranges, not re-read]; outside them gwplume still computes
// the leakage but warns (liner_warnings).
#pragma once
#include <string>
#include <vector>

#include "models/case.hpp"
#include "solver/common/schedule.hpp"

namespace gwp::model {

// Leakage through one hole (m3/d) for a hole of area a (m2), a head h (m) on the liner, a soil
// of conductivity k_s (m/d) and thickness t_s (m). Zero for h <= 0.
double giroud_hole_leakage(Liner::Contact contact, double hole_area, double head, double soil_k,
                           double soil_thickness);

// The leakage (m/d over the liner's plan area) at every time at which the hole density or the
// head changes: holes per m2 times the leakage of one hole.
solver::Schedule liner_leakage(const Liner& liner);

// One message per parameter outside the range in which Giroud's equation was fitted.
std::vector<std::string> liner_warnings(const Liner& liner, const std::string& landfill);

}  // namespace gwp::model
