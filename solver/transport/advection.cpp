#include "solver/transport/advection.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "solver/common/parallel.hpp"
#include "solver/transport/isotherm.hpp"

namespace gwp::solver {

double van_leer(double r) {
  if (!(r > 0.0)) return 0.0;
  // Written so that a huge r (a local jump that rounds to almost nothing) gives 2, not inf/inf.
  return r < 1.0 ? 2.0 * r / (1.0 + r) : 2.0 / (1.0 + 1.0 / r);
}

Advection::Advection(const Connections& links, AdvectionScheme scheme) : links_(&links), scheme_(scheme) {
  if (scheme != AdvectionScheme::tvd) return;
  if (links.cell_count > std::numeric_limits<std::int32_t>::max())
    throw std::invalid_argument("the tvd scheme handles at most 2^31 - 1 cells");
  stencil_.assign(std::size_t(links.grid_count), Stencil{});
}

void Advection::prepare(const TransportFlow& flow) {
  if (scheme_ != AdvectionScheme::tvd) return;
  const Connections& c = *links_;
  // The grid link of axis `axis` at `cell` whose cell `end_is_m ? m : n` is `cell`, or -1.
  auto find = [&](std::int64_t cell, Axis axis, bool end_is_m) {
    for (std::int64_t e = c.adjacency_start[std::size_t(cell)]; e < c.adjacency_start[std::size_t(cell + 1)]; ++e) {
      const std::int64_t l = c.adjacency_link[std::size_t(e)];
      if (!c.is_grid_link(l) || c.axis[std::size_t(l)] != axis) continue;
      if ((end_is_m ? c.m[std::size_t(l)] : c.n[std::size_t(l)]) == cell) return l;
    }
    return std::int64_t(-1);
  };
  parallel_for(0, c.grid_count, [&](std::int64_t link) {
    const std::size_t l = std::size_t(link);
    Stencil& k = stencil_[l];
    k = Stencil{};
    const double q = flow.link_flow[l];
    const std::int64_t n = c.n[l], m = c.m[l];
    if (q == 0.0 || flow.no_water[std::size_t(n)] || flow.no_water[std::size_t(m)]) return;
    const bool up_is_n = q > 0.0;
    const double d_local = c.half_n[l] + c.half_m[l];
    k.up = std::int32_t(up_is_n ? n : m);
    k.down = std::int32_t(up_is_n ? m : n);
    k.share = float((up_is_n ? c.half_n[l] : c.half_m[l]) / d_local);
    // Without a second upstream cell (a grid edge, an inactive or dry cell) the local gradient
    // is taken to continue (r = 1): the face value is then the linear interpolation, which the
    // limiter of flux_correction.hpp bounds.
    const std::int64_t before = up_is_n ? find(n, c.axis[l], true) : find(m, c.axis[l], false);
    if (before < 0) return;
    const std::size_t b = std::size_t(before);
    const std::int64_t uu = up_is_n ? c.n[b] : c.m[b];
    if (flow.no_water[std::size_t(uu)]) return;
    k.upup = std::int32_t(uu);
    k.ratio = float(d_local / (c.half_n[b] + c.half_m[b]));
  });
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

double Advection::face_value(const Stencil& k, const double* c) {
  const double c_up = c[k.up], jump = c[k.down] - c_up;
  if (jump == 0.0) return c_up;
  // Ratio of the upstream gradient to the local one (1 without a second upstream cell).
  const double r = k.upup >= 0 ? (c_up - c[k.upup]) * double(k.ratio) / jump : 1.0;
  return c_up + van_leer(r) * double(k.share) * jump;
}

double Advection::spatial_flux(const StepView& s, std::int64_t link, const double* c) const {
  if (scheme_ != AdvectionScheme::tvd || !links_->is_grid_link(link)) return 0.0;
  const Stencil& k = stencil_[std::size_t(link)];
  // Most links of a model lie outside the plume: equal concentrations, nothing to correct.
  if (k.up < 0 || c[k.up] == c[k.down]) return 0.0;
  return s.flow->link_flow[std::size_t(link)] * (face_value(k, c) - c[k.up]);
}

bool Advection::temporal_applies(const StepView& s, std::int64_t up, double q, double c_up) {
  // The upstream cell's Courant number: this link's flow over the step against the cell's
  // water and, for sorbing species, the solids' capacity dS/dC at its concentration.
  const std::size_t c = std::size_t(up);
  const double volume = std::min(s.volume_old(up), s.volume_new(up));
  double held = (*s.porosity)[c] * volume;
  if (s.species->sorption != SorptionModel::none && !s.bulk_density->empty())
    held += (*s.bulk_density)[c] * volume * sorbed_slope(isotherm_of(*s.species, up), c_up);
  return std::abs(q) * s.dt() <= held;
}

double Advection::temporal_flux(const StepView& s, std::int64_t link, const double* c_start, const double* u) const {
  if (scheme_ != AdvectionScheme::tvd || !links_->is_grid_link(link)) return 0.0;
  const Stencil& k = stencil_[std::size_t(link)];
  if (k.up < 0) return 0.0;
  const std::size_t up = std::size_t(k.up), down = std::size_t(k.down);
  if (c_start[up] == c_start[down] && u[up] == u[down] && c_start[up] == u[up]) return 0.0;
  const double q = s.flow->link_flow[std::size_t(link)];
  if (!temporal_applies(s, k.up, q, c_start[up])) return 0.0;
  return q * (0.5 * (face_value(k, u) - face_value(k, c_start)) + c_start[up] - u[up]);
}

}  // namespace gwp::solver
