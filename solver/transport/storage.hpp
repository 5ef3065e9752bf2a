// Storage of dissolved mass: theta V C grams in a cell of saturated volume V (m3) at
// concentration C (mg/L = g/m3). Over a step the equation of a cell holds the change
//   (theta V_new C_new - theta V_old C_old) / dt   (g/d)
// with the volumes of flow_interface.hpp, so that changes of the water volume (a rising or
// falling water table, elastic storage) carry mass exactly as the flow model moves water.
// Storage is never weighted in time: the mass at the end of the step is what the step solves.
#pragma once
#include "solver/transport/step_view.hpp"

namespace gwp::solver {

class DissolvedStorage {
 public:
  void fill_row(const StepView& s, std::int64_t cell, RowRef& row) const;
  // Dissolved mass (g) of `cell` at concentration c with water volume `water` (m3).
  static double mass(double water, double c) { return water * c; }
};

}  // namespace gwp::solver
