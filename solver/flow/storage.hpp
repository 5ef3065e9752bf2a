// Water stored in a cell as a function of its head, so that the release over a step is the
// exact difference of two volumes and the budget closes to rounding.
//   confined cell:    V(h) = Ss A b h
//   convertible cell: V(h) = Sy A b S(h) + Ss A b I(h)
// with S the smoothed saturated fraction and I its integral (saturation.hpp): specific yield
// fills and drains the unsaturated part of the cell, specific storage acts on the saturated
// thickness b S(h) only. Units: Ss 1/m, Sy -, A m2, b m, V m3.
#pragma once

namespace gwp::solver {

struct CellStorage {
  bool convertible = false;
  double ss_volume = 0.0;  // m2: Ss A b
  double sy_volume = 0.0;  // m3: Sy A b
  double top = 0.0, bottom = 0.0;  // m
};

// Stored volume (m3) up to an additive constant that cancels in every difference.
double stored_volume(const CellStorage& cell, double head);
// dV/dh (m2).
double storage_capacity(const CellStorage& cell, double head);

}  // namespace gwp::solver
