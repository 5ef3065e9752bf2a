#include "solver/flow/bore.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <stdexcept>
#include <string>

namespace gwp::solver {

namespace {

void check(const Bore& bore) {
  const std::size_t n = bore.size();
  if (n == 0) throw std::invalid_argument("a bore must join at least one cell");
  if (bore.segment_conductance.size() + 1 != n)
    throw std::invalid_argument("a bore through " + std::to_string(n) + " cells needs " +
                                std::to_string(n - 1) + " segment conductances, got " +
                                std::to_string(bore.segment_conductance.size()));
  for (double c : bore.aquifer_conductance)
    if (!(c >= 0.0)) throw std::invalid_argument("negative bore aquifer conductance");
  for (double b : bore.segment_conductance)
    if (!(b >= 0.0)) throw std::invalid_argument("negative bore segment conductance");
}

// M = diag(c) + Laplacian of the segments: the balance of the bore nodes.
Eigen::MatrixXd node_matrix(const Bore& bore) {
  const Eigen::Index n = Eigen::Index(bore.size());
  Eigen::MatrixXd m = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index k = 0; k < n; ++k) m(k, k) = bore.aquifer_conductance[std::size_t(k)];
  for (Eigen::Index k = 0; k + 1 < n; ++k) {
    const double b = bore.segment_conductance[std::size_t(k)];
    m(k, k) += b;
    m(k + 1, k + 1) += b;
    m(k, k + 1) -= b;
    m(k + 1, k) -= b;
  }
  return m;
}

// Each run of bore nodes joined by positive segments must reach at least one cell, or M is
// singular and the heads in that run undetermined.
void check_every_run_reaches_a_cell(const Bore& bore) {
  bool reaches = false;
  for (std::size_t k = 0; k < bore.size(); ++k) {
    reaches = reaches || bore.aquifer_conductance[k] > 0.0;
    const bool run_ends = k + 1 == bore.size() || !(bore.segment_conductance[k] > 0.0);
    if (run_ends) {
      if (!reaches)
        throw std::invalid_argument("part of the bore ending at node " + std::to_string(k) +
                                    " is joined to no cell (all its aquifer conductances are 0)");
      reaches = false;
    }
  }
}

Eigen::LDLT<Eigen::MatrixXd> factor_nodes(const Bore& bore) {
  check(bore);
  check_every_run_reaches_a_cell(bore);
  return Eigen::LDLT<Eigen::MatrixXd>(node_matrix(bore));
}

Eigen::VectorXd aquifer_vector(const Bore& bore) {
  return Eigen::Map<const Eigen::VectorXd>(bore.aquifer_conductance.data(),
                                           Eigen::Index(bore.size()));
}

}  // namespace

BorePairs eliminate_bore(const Bore& bore) {
  const auto ldlt = factor_nodes(bore);
  const Eigen::VectorXd c = aquifer_vector(bore);
  const Eigen::Index n = c.size();
  // K = D - D M^-1 D; flows into the bore are K h, so the pair conductances are -K_ij.
  const Eigen::MatrixXd m_inv_d = ldlt.solve(Eigen::MatrixXd(c.asDiagonal()));
  Eigen::MatrixXd k = -(c.asDiagonal() * m_inv_d);
  k.diagonal() += c;
  BorePairs pairs;
  pairs.size = std::size_t(n);
  pairs.conductance.assign(std::size_t(n * n), 0.0);
  for (Eigen::Index i = 0; i < n; ++i) {
    double row = 0.0;
    for (Eigen::Index j = 0; j < n; ++j) {
      if (i == j) continue;
      // Symmetrise and clip rounding noise: exact pair conductances are never negative.
      const double cij = std::max(0.0, -0.5 * (k(i, j) + k(j, i)));
      pairs.conductance[std::size_t(i * n + j)] = cij;
      row += cij;
    }
    pairs.conductance[std::size_t(i * n + i)] = -row;
  }
  return pairs;
}

std::vector<double> extraction_shares(const Bore& bore) {
  const auto ldlt = factor_nodes(bore);
  const Eigen::VectorXd c = aquifer_vector(bore);
  Eigen::VectorXd top = Eigen::VectorXd::Zero(c.size());
  top(0) = 1.0;
  const Eigen::VectorXd y = ldlt.solve(top);  // bore heads per unit extraction (with h = 0)
  std::vector<double> shares(bore.size());
  for (std::size_t k = 0; k < bore.size(); ++k) shares[k] = c(Eigen::Index(k)) * y(Eigen::Index(k));
  return shares;
}

BoreState bore_state(const Bore& bore, const std::vector<double>& cell_head, double extraction) {
  const auto ldlt = factor_nodes(bore);
  if (cell_head.size() != bore.size())
    throw std::invalid_argument("bore through " + std::to_string(bore.size()) + " cells given " +
                                std::to_string(cell_head.size()) + " heads");
  const Eigen::VectorXd c = aquifer_vector(bore);
  const Eigen::Map<const Eigen::VectorXd> h(cell_head.data(), c.size());
  Eigen::VectorXd rhs = c.cwiseProduct(h);
  rhs(0) -= extraction;
  const Eigen::VectorXd head = ldlt.solve(rhs);

  BoreState s;
  const std::size_t n = bore.size();
  s.node_head.assign(head.data(), head.data() + head.size());
  s.cell_exchange.resize(n);
  for (std::size_t k = 0; k < n; ++k) s.cell_exchange[k] = c(Eigen::Index(k)) * (head(Eigen::Index(k)) - cell_head[k]);
  // Segment flows from the balance of each node, top down (what arrives from above, less what
  // the node gives to its cell and to the pump), rather than b_k (H_k - H_k+1): for an open bore
  // b_k is huge and the head difference tiny, and the balance keeps them exactly conservative.
  s.segment_flow.resize(n - 1);
  double from_above = -extraction;
  for (std::size_t k = 0; k + 1 < n; ++k) {
    from_above -= s.cell_exchange[k];
    s.segment_flow[k] = from_above;
  }
  return s;
}

}  // namespace gwp::solver
