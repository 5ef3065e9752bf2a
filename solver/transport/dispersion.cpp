#include "solver/transport/dispersion.hpp"

#include <array>

#include "solver/common/parallel.hpp"

namespace gwp::solver {

namespace {

// The transverse axes of a face whose normal is `axis` (0 x, 1 y, 2 z).
std::array<int, 2> transverse(int axis) {
  if (axis == 0) return {1, 2};
  if (axis == 1) return {0, 2};
  return {0, 1};
}

int axis_index(Axis a) { return a == Axis::x ? 0 : (a == Axis::y ? 1 : 2); }

}  // namespace

Dispersion::Dispersion(const Grid& grid, const Connections& links, const TransportProblem& problem)
    : grid_(&grid), links_(&links), porosity_(&problem.porosity),
      alpha_{problem.alpha_l, problem.alpha_th, problem.alpha_tv},
      cross_enabled_(problem.settings.cross_dispersion) {
  const std::size_t n = std::size_t(links.grid_count);
  mechanical_.assign(n, 0.0);
  diffusive_.assign(n, 0.0);
  cross_b_.assign(n, 0.0);
  cross_c_.assign(n, 0.0);
}

void Dispersion::prepare(const TransportFlow& flow) {
  const Connections& c = *links_;
  const std::vector<double>& theta = *porosity_;
  bool any_cross = false;
  for (std::int64_t link = 0; link < c.grid_count; ++link) {
    const std::size_t l = std::size_t(link);
    const std::size_t n = std::size_t(c.n[l]), m = std::size_t(c.m[l]);
    mechanical_[l] = diffusive_[l] = cross_b_[l] = cross_c_[l] = 0.0;
    if (flow.no_water[n] || flow.no_water[m]) continue;
    const int a = axis_index(c.axis[l]);
    const double area = a == 2 ? c.plan_area[l]
                               : c.width[l] * 0.5 * (flow.saturated_thickness[n] + flow.saturated_thickness[m]);
    const double d = c.half_n[l] + c.half_m[l];
    // Grid links run n -> m along +x (columns), -y (rows run south) and -z (layers run down).
    const double sign = a == 0 ? 1.0 : -1.0;
    std::array<double, 3> q;
    for (int b = 0; b < 3; ++b) q[std::size_t(b)] = 0.5 * (flow.darcy_flux[3 * n + std::size_t(b)] + flow.darcy_flux[3 * m + std::size_t(b)]);
    q[std::size_t(a)] = sign * flow.link_flow[l] / area;
    const DispersionTensor td = dispersion_tensor(q, alpha_, 0.0);
    mechanical_[l] = td(a, a) * area / d;
    diffusive_[l] = 0.5 * (theta[n] + theta[m]) * area / d;
    if (!cross_enabled_) continue;
    const std::array<int, 2> t = transverse(a);
    cross_b_[l] = -sign * area * td(a, t[0]);
    cross_c_[l] = -sign * area * td(a, t[1]);
    any_cross = any_cross || cross_b_[l] != 0.0 || cross_c_[l] != 0.0;
  }
  has_cross_ = any_cross;
}

double Dispersion::conductance(std::int64_t link, double diffusion) const {
  if (!links_->is_grid_link(link)) return 0.0;
  return mechanical_[std::size_t(link)] + diffusion * diffusive_[std::size_t(link)];
}

void Dispersion::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  const Connections& c = *links_;
  const double dm = s.species->diffusion;
  const std::int64_t start = c.adjacency_start[std::size_t(cell)];
  for (std::int64_t e = start; e < c.adjacency_start[std::size_t(cell + 1)]; ++e) {
    const std::int64_t link = c.adjacency_link[std::size_t(e)];
    const double g = conductance(link, dm);
    if (g == 0.0) continue;
    const std::size_t l = std::size_t(link);
    add_link_flux(row, e - start, c.n[l] == cell, g, -g, s.link_weight(link),
                  s.c_old[std::size_t(c.n[l])], s.c_old[std::size_t(c.m[l])]);
  }
}

double Dispersion::link_flux(const StepView& s, std::int64_t link, const double* c_new) const {
  const double g = conductance(link, s.species->diffusion);
  if (g == 0.0) return 0.0;
  const std::size_t l = std::size_t(link);
  const std::size_t n = std::size_t(links_->n[l]), m = std::size_t(links_->m[l]);
  const double w = s.link_weight(link);
  return g * (w * (c_new[n] - c_new[m]) + (1.0 - w) * (s.c_old[n] - s.c_old[m]));
}

double Dispersion::rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  return net_inflow(*links_, cell, [&](std::int64_t link) { return link_flux(s, link, c_new); });
}

void Dispersion::gradients(const StepView& s, const double* c, const FluxLimiter& region,
                           std::vector<double>& gradient) const {
  const Connections& links = *links_;
  gradient.resize(std::size_t(3 * links.cell_count));
  parallel_for(0, links.cell_count, [&](std::int64_t n) {
    const std::size_t cell = std::size_t(n);
    double* out = &gradient[3 * cell];
    out[0] = out[1] = out[2] = 0.0;
    if (!region.in_region(n) || !grid_->active[cell] || s.no_water(n)) return;
    // Per axis, the neighbour on the side of increasing index (j, i, k) and the one on the
    // other side, with their distances from this cell's centre.
    double c_hi[3], c_lo[3], d_hi[3] = {0.0, 0.0, 0.0}, d_lo[3] = {0.0, 0.0, 0.0};
    for (std::int64_t e = links.adjacency_start[cell]; e < links.adjacency_start[cell + 1]; ++e) {
      const std::int64_t link = links.adjacency_link[std::size_t(e)];
      if (!links.is_grid_link(link)) continue;
      const std::size_t l = std::size_t(link);
      const std::int64_t other = links.n[l] == n ? links.m[l] : links.n[l];
      if (s.no_water(other)) continue;
      const int a = axis_index(links.axis[l]);
      const double d = links.half_n[l] + links.half_m[l];
      if (links.n[l] == n) {  // grid links run n -> m towards increasing index
        c_hi[a] = c[std::size_t(other)];
        d_hi[a] = d;
      } else {
        c_lo[a] = c[std::size_t(other)];
        d_lo[a] = d;
      }
    }
    const double cc = c[cell];
    for (int a = 0; a < 3; ++a) {
      double along;  // derivative towards increasing index
      if (d_hi[a] > 0.0 && d_lo[a] > 0.0) along = (c_hi[a] - c_lo[a]) / (d_hi[a] + d_lo[a]);
      else if (d_hi[a] > 0.0) along = (c_hi[a] - cc) / d_hi[a];
      else if (d_lo[a] > 0.0) along = (cc - c_lo[a]) / d_lo[a];
      else along = 0.0;
      // Index grows east along x, but south (-y) along rows and down (-z) along layers.
      out[a] = a == 0 ? along : -along;
    }
  });
}

double Dispersion::cross_flux(std::int64_t link, const std::vector<double>& gradient) const {
  const std::size_t l = std::size_t(link);
  const double kb = cross_b_[l], kc = cross_c_[l];
  if (kb == 0.0 && kc == 0.0) return 0.0;
  const std::size_t n = std::size_t(links_->n[l]), m = std::size_t(links_->m[l]);
  const std::array<int, 2> t = transverse(axis_index(links_->axis[l]));
  const double gb = 0.5 * (gradient[3 * n + std::size_t(t[0])] + gradient[3 * m + std::size_t(t[0])]);
  const double gc = 0.5 * (gradient[3 * n + std::size_t(t[1])] + gradient[3 * m + std::size_t(t[1])]);
  return kb * gb + kc * gc;
}

}  // namespace gwp::solver
