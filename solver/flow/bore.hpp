// A bore (an abandoned well, or a well screened in several layers) joining cells 0..n-1 of
// one column, listed from the top down. It is a chain of bore nodes: node k is joined to its
// cell by an aquifer conductance c_k (Thiem) and to node k+1 by a bore-segment conductance b_k
// (pi r^2 K / L along the bore). The bore nodes store no water, so they can be eliminated
// exactly (the star-mesh transform, a Schur complement): what remains is a conductance C_ij
// between every pair of cells, which the flow and transport solvers carry as extra links.
//
// With D = diag(c) and M = D + L (L the Laplacian of the bore segments), the bore heads are
// H = M^-1 (D h + s) for cell heads h and sources s at the bore nodes, and the flow from cell k
// into the bore is c_k (h_k - H_k). The pairwise conductances are the off-diagonal entries of
// -(D - D M^-1 D). The dense inverse costs nothing for a few dozen layers; its rounding error
// grows like max(b)/min(c) times the machine epsilon, about 1e-10 for an open bore.
#pragma once
#include <cstddef>
#include <vector>

namespace gwp::solver {

struct Bore {
  std::vector<double> aquifer_conductance;  // m2/d, c_k between cell k and bore node k (n)
  std::vector<double> segment_conductance;  // m2/d, b_k between bore nodes k and k+1 (n - 1)
  std::size_t size() const { return aquifer_conductance.size(); }
};

// Conductances between the cells of a bore once its nodes are eliminated: a symmetric n x n
// matrix whose off-diagonal entries C_ij >= 0 (m2/d) join cells i and j, and whose diagonal
// holds minus the sum of the rest of its row, so that every row sums to zero.
struct BorePairs {
  std::size_t size = 0;
  std::vector<double> conductance;  // row-major n x n, m2/d
  double operator()(std::size_t i, std::size_t j) const { return conductance[i * size + j]; }
};

// Throws std::invalid_argument when the sizes do not match, a conductance is negative, or a
// part of the chain is joined to no cell at all (the bore heads would be undetermined).
BorePairs eliminate_bore(const Bore& bore);

// Share (-) of an extraction from the top bore node (a pump in the bore) that each cell
// supplies; the shares sum to 1. The flow from each cell into the bore is then
//   sum_j C_kj (h_k - h_j) + share_k Q.
std::vector<double> extraction_shares(const Bore& bore);

// The bore as the cell heads leave it.
struct BoreState {
  std::vector<double> node_head;       // m, head in the bore at each cell (n)
  std::vector<double> segment_flow;    // m3/d, from node k down to node k+1, downward > 0 (n - 1)
  std::vector<double> cell_exchange;   // m3/d, from the bore into each cell (into the aquifer > 0)
};

// Bore heads and flows for the cell heads `cell_head` (m, n values), with `extraction` (m3/d,
// positive out of the bore) taken from the top bore node. Conservation: the cell exchanges sum
// to -extraction.
BoreState bore_state(const Bore& bore, const std::vector<double>& cell_head,
                     double extraction = 0.0);

}  // namespace gwp::solver
