// Bateman (1910): a chain of first-order reactions in a closed batch, with yields,
//
//   dN_1/dt = -k_1 N_1,   dN_i/dt = -k_i N_i + y_i k_{i-1} N_{i-1}   (i = 2 .. n)
//
// where N_i is the amount of member i (g, or g per unit volume), k_i its rate (1/d, distinct;
// the last may be 0, a stable end) and y_i the amount of member i made per amount of member
// i - 1 that reacts. With linear sorption and both phases reacting at k_i, the amounts are the
// total (dissolved + sorbed) masses, N_i = theta R_i c_i V, and the equations are those of
// gwplume's still water with [[species]] parent.
#pragma once
#include <vector>

namespace gwp::analytical {

struct BatemanChain {
  std::vector<double> rate;     // 1/d, k_i per member, pairwise distinct
  std::vector<double> yield;    // -, y_i per member (yield[0] unused)
  std::vector<double> initial;  // amount of each member at t = 0
};

// N_i(t) for every member, by superposition over the members present at t = 0 of
//   N_i(t) <- N_m(0) (prod_{j=m}^{i-1} y_{j+1} k_j) sum_{j=m}^{i} exp(-k_j t) / prod_{p=m..i, p != j} (k_p - k_j).
// Throws std::invalid_argument for rates that are not distinct or lists of different sizes.
std::vector<double> bateman(const BatemanChain& chain, double t);

}  // namespace gwp::analytical
