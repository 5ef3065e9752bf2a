#include "solver/transport/flux_correction.hpp"

#include <algorithm>

#include "solver/common/parallel.hpp"

namespace gwp {

namespace {

// Flux of `link` into `cell` (g/d), from the n -> m flux of the link.
inline double inflow(const Connections& links, const std::vector<double>& flux, std::int64_t link, std::int64_t cell) {
  const double f = flux[std::size_t(link)];
  return links.n[std::size_t(link)] == cell ? -f : f;
}

}  // namespace

void FluxLimiter::sum_fluxes(const Connections& links, const std::vector<double>& flux) {
  const std::int64_t cells = links.cell_count;
  for (std::vector<double>* v : {&p_plus_, &p_minus_, &ratio_up_, &ratio_down_}) v->resize(std::size_t(cells));
  parallel_for(0, cells, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    double plus = 0.0, minus = 0.0;
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
      const std::int64_t link = links.adjacency_link[std::size_t(e)];
      if (!links.is_grid_link(link) || flux[std::size_t(link)] == 0.0) continue;
      const double f = inflow(links, flux, link, cell);
      if (f > 0.0) plus += f;
      else minus += f;
    }
    p_plus_[c] = plus;
    p_minus_[c] = minus;
    ratio_up_[c] = ratio_down_[c] = 1.0;
  });
}

void FluxLimiter::set_room(std::int64_t cell, double room_up, double room_down, double dt) {
  const std::size_t c = std::size_t(cell);
  // Written so that tiny fluxes and rooms (a far plume tail) never give 0/0.
  const double need_up = dt * p_plus_[c], need_down = dt * p_minus_[c];
  ratio_up_[c] = need_up > room_up ? std::max(0.0, room_up / need_up) : 1.0;
  ratio_down_[c] = need_down < room_down ? std::max(0.0, room_down / need_down) : 1.0;
}

void FluxLimiter::apply(const Connections& links, std::vector<double>& flux, double dt,
                        std::vector<double>& mass_change) {
  // alpha of a link, from the ratios of its two cells and the direction of its flux.
  auto alpha = [&](std::int64_t link) {
    const std::size_t n = std::size_t(links.n[std::size_t(link)]), m = std::size_t(links.m[std::size_t(link)]);
    return flux[std::size_t(link)] > 0.0 ? std::min(ratio_down_[n], ratio_up_[m])   // n gives, m takes
                                         : std::min(ratio_up_[n], ratio_down_[m]);
  };
  // The cell's mass change, and at once its P+ and P- for the next pass (what is left of the
  // fluxes): a cell's own sums are read by no other cell in this loop, only the ratios are.
  parallel_for(0, links.cell_count, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    mass_change[c] = 0.0;
    if (!touched(cell)) return;
    double change = 0.0, plus = 0.0, minus = 0.0;
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
      const std::int64_t link = links.adjacency_link[std::size_t(e)];
      if (!links.is_grid_link(link) || flux[std::size_t(link)] == 0.0) continue;
      const double a = alpha(link), f = inflow(links, flux, link, cell);
      change += a * f;
      const double left = (1.0 - a) * f;
      if (left > 0.0) plus += left;
      else minus += left;
    }
    mass_change[c] = dt * change;
    p_plus_[c] = plus;
    p_minus_[c] = minus;
  });
  parallel_for(0, links.grid_count, [&](std::int64_t link) {
    if (flux[std::size_t(link)] != 0.0) flux[std::size_t(link)] *= 1.0 - alpha(link);
  });
}

void local_bounds(const Connections& links, const FluxLimiter& limiter, const std::vector<std::uint8_t>& usable,
                  const double* a, const double* b, std::vector<double>& low, std::vector<double>& high) {
  const std::int64_t cells = links.cell_count;
  low.resize(std::size_t(cells));
  high.resize(std::size_t(cells));
  parallel_for(0, cells, [&](std::int64_t cell) {
    if (!limiter.touched(cell)) return;
    const std::size_t c = std::size_t(cell);
    double lo = std::min(a[c], b[c]), hi = std::max(a[c], b[c]);
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
      const std::int64_t link = links.adjacency_link[std::size_t(e)];
      if (!links.is_grid_link(link)) continue;
      const std::size_t o = std::size_t(links.neighbour(link, cell));
      if (!usable[o]) continue;
      lo = std::min(lo, std::min(a[o], b[o]));
      hi = std::max(hi, std::max(a[o], b[o]));
    }
    low[c] = lo;
    high[c] = hi;
  });
}

}  // namespace gwp
