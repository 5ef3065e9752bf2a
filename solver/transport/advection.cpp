#include "solver/transport/advection.hpp"

#include <cmath>

namespace gwp {

double van_leer(double r) {
  if (!(r > 0.0)) return 0.0;
  // Written so that a huge r (a local jump that rounds to almost nothing) gives 2, not inf/inf.
  return r < 1.0 ? 2.0 * r / (1.0 + r) : 2.0 / (1.0 + 1.0 / r);
}

Advection::Advection(const Connections& links, AdvectionScheme scheme) : links_(&links), scheme_(scheme) {
  if (scheme != AdvectionScheme::tvd) return;
  const std::size_t count = std::size_t(links.grid_count);
  behind_.assign(count, -1);
  beyond_.assign(count, -1);
  // The grid link of axis `axis` at `cell` whose cell `end_is_m ? m : n` is `cell`, or -1.
  auto find = [&](std::int64_t cell, Axis axis, bool end_is_m) {
    for (std::int64_t e = links.adjacency_start[std::size_t(cell)]; e < links.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t l = links.adjacency_link[std::size_t(e)];
      if (!links.is_grid_link(l) || links.axis[std::size_t(l)] != axis) continue;
      if ((end_is_m ? links.m[std::size_t(l)] : links.n[std::size_t(l)]) == cell) return l;
    }
    return std::int64_t(-1);
  };
  for (std::size_t l = 0; l < count; ++l) {
    behind_[l] = find(links.n[l], links.axis[l], true);
    beyond_[l] = find(links.m[l], links.axis[l], false);
  }
}

void Advection::coefficients(std::int64_t link, double q, double& a_n, double& a_m) const {
  const std::size_t l = std::size_t(link);
  if (scheme_ == AdvectionScheme::central && links_->is_grid_link(link)) {
    const double d = links_->half_n[l] + links_->half_m[l];
    a_n = q * links_->half_m[l] / d;
    a_m = q * links_->half_n[l] / d;
    return;
  }
  a_n = q > 0.0 ? q : 0.0;
  a_m = q < 0.0 ? q : 0.0;
}

void Advection::fill_row(const StepView& s, std::int64_t cell, RowRef& row) const {
  const Connections& c = *links_;
  const std::int64_t start = c.adjacency_start[std::size_t(cell)];
  for (std::int64_t e = start; e < c.adjacency_start[std::size_t(cell + 1)]; ++e) {
    const std::int64_t link = c.adjacency_link[std::size_t(e)];
    const std::size_t l = std::size_t(link);
    const double q = s.flow->link_flow[l];
    if (q == 0.0) continue;
    double a_n, a_m;
    coefficients(link, q, a_n, a_m);
    add_link_flux(row, e - start, c.n[l] == cell, a_n, a_m, s.link_weight(link),
                  s.c_old[std::size_t(c.n[l])], s.c_old[std::size_t(c.m[l])]);
  }
}

double Advection::link_flux(const StepView& s, std::int64_t link, const double* c_new) const {
  const std::size_t l = std::size_t(link);
  const double q = s.flow->link_flow[l];
  if (q == 0.0) return 0.0;
  double a_n, a_m;
  coefficients(link, q, a_n, a_m);
  const std::size_t n = std::size_t(links_->n[l]), m = std::size_t(links_->m[l]);
  const double w = s.link_weight(link);
  return w * (a_n * c_new[n] + a_m * c_new[m]) + (1.0 - w) * (a_n * s.c_old[n] + a_m * s.c_old[m]);
}

double Advection::rate(const StepView& s, std::int64_t cell, const double* c_new) const {
  return net_inflow(*links_, cell, [&](std::int64_t link) { return link_flux(s, link, c_new); });
}

double Advection::face_value(const StepView& s, std::int64_t link, double q, const double* c) const {
  const std::size_t l = std::size_t(link);
  const bool up_is_n = q > 0.0;
  const std::int64_t up = up_is_n ? links_->n[l] : links_->m[l];
  const std::int64_t down = up_is_n ? links_->m[l] : links_->n[l];
  const double c_up = c[std::size_t(up)], c_down = c[std::size_t(down)];
  const double jump = c_down - c_up;
  if (jump == 0.0) return c_up;
  const double d_local = links_->half_n[l] + links_->half_m[l];
  const double half_up = up_is_n ? links_->half_n[l] : links_->half_m[l];
  // Ratio of the upstream gradient to the local one. Without a second upstream cell (a grid
  // edge, an inactive or dry cell) the local gradient is taken to continue (r = 1): the face
  // value is then the linear interpolation, which the limiter of flux_correction.hpp bounds.
  double r = 1.0;
  const std::int64_t before = up_is_n ? behind_[l] : beyond_[l];
  if (before >= 0) {
    const std::size_t b = std::size_t(before);
    const std::int64_t uu = up_is_n ? links_->n[b] : links_->m[b];
    if (!s.no_water(uu)) {
      const double d_upstream = links_->half_n[b] + links_->half_m[b];
      r = (c_up - c[std::size_t(uu)]) / d_upstream * d_local / jump;
    }
  }
  return c_up + van_leer(r) * half_up / d_local * jump;
}

double Advection::spatial_flux(const StepView& s, std::int64_t link, const double* c) const {
  if (scheme_ != AdvectionScheme::tvd || !links_->is_grid_link(link)) return 0.0;
  const std::size_t l = std::size_t(link);
  const double q = s.flow->link_flow[l];
  const std::size_t n = std::size_t(links_->n[l]), m = std::size_t(links_->m[l]);
  // Most links of a model lie outside the plume: equal concentrations, nothing to correct.
  if (q == 0.0 || c[n] == c[m] || s.no_water(std::int64_t(n)) || s.no_water(std::int64_t(m))) return 0.0;
  const std::size_t up = q > 0.0 ? n : m;
  return q * (face_value(s, link, q, c) - c[up]);
}

double Advection::temporal_flux(const StepView& s, std::int64_t link, const double* c_start, const double* u) const {
  if (scheme_ != AdvectionScheme::tvd || !links_->is_grid_link(link)) return 0.0;
  const std::size_t l = std::size_t(link);
  const double q = s.flow->link_flow[l];
  const std::size_t n = std::size_t(links_->n[l]), m = std::size_t(links_->m[l]);
  if (q == 0.0 || (c_start[n] == c_start[m] && u[n] == u[m] && c_start[n] == u[n])) return 0.0;
  if (s.no_water(std::int64_t(n)) || s.no_water(std::int64_t(m))) return 0.0;
  const std::size_t up = q > 0.0 ? n : m;
  return q * (0.5 * (face_value(s, link, q, u) - face_value(s, link, q, c_start)) + c_start[up] - u[up]);
}

}  // namespace gwp
