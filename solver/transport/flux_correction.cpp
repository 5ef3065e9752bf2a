#include "solver/transport/flux_correction.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "solver/common/parallel.hpp"

namespace gwp::solver {

namespace {

// The link of a signed entry, and the flux of that link into the entry's cell (g/d).
inline std::int32_t link_of(std::int32_t entry) { return entry >= 0 ? entry : ~entry; }
inline double inflow(const std::vector<double>& flux, std::int32_t entry) {
  return entry >= 0 ? flux[std::size_t(entry)] : -flux[std::size_t(~entry)];
}

}  // namespace

FluxLimiter::FluxLimiter(const Connections& links) : cell_count_(links.cell_count) {
  const auto most = std::int64_t(std::numeric_limits<std::int32_t>::max());
  if (links.cell_count > most || 2 * links.grid_count > most)
    throw std::invalid_argument("the flux limiter handles at most 2^31 - 1 cells and 2^30 links");
  const std::size_t cells = std::size_t(links.cell_count);
  start_.assign(cells + 1, 0);
  for (std::size_t c = 0; c < cells; ++c) {
    std::int32_t count = 0;
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e)
      if (links.is_grid_link(links.adjacency_link[std::size_t(e)])) ++count;
    start_[c + 1] = start_[c] + count;
  }
  entry_.resize(std::size_t(start_[cells]));
  for (std::size_t c = 0; c < cells; ++c) {
    std::size_t k = std::size_t(start_[c]);
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
      const std::int64_t l = links.adjacency_link[std::size_t(e)];
      if (!links.is_grid_link(l)) continue;
      const auto link = std::int32_t(l);
      entry_[k++] = links.m[std::size_t(l)] == std::int64_t(c) ? link : ~link;
    }
  }
  n_.assign(links.n.begin(), links.n.begin() + links.grid_count);
  m_.assign(links.m.begin(), links.m.begin() + links.grid_count);
  region_.assign(cells, 0);
  for (std::vector<double>* v : {&p_plus_, &p_minus_, &ratio_up_, &ratio_down_}) v->assign(cells, 0.0);
}

void FluxLimiter::mark_region(const double* a, const double* b, double tiny) {
  // First the cells that hold some (2), then their neighbours that do not (1): the second sweep
  // reads the links of the plume's cells only. Two threads may mark the same neighbour; the
  // byte is written atomically.
  constexpr std::uint8_t holds = 2, next_to = 1;
  parallel_for(0, cell_count_, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    region_[c] = std::abs(a[c]) > tiny || std::abs(b[c]) > tiny ? holds : 0;
  });
  parallel_for(0, cell_count_, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    if (std::atomic_ref<std::uint8_t>(region_[c]).load(std::memory_order_relaxed) != holds) return;
    for (std::int32_t k = start_[c]; k < start_[c + 1]; ++k) {
      const std::int32_t entry = entry_[std::size_t(k)];
      std::atomic_ref<std::uint8_t> other(region_[std::size_t(entry >= 0 ? n_[std::size_t(entry)] : m_[std::size_t(~entry)])]);
      if (other.load(std::memory_order_relaxed) == 0) other.store(next_to, std::memory_order_relaxed);
    }
  });
}

void FluxLimiter::sum_fluxes(const std::vector<double>& flux) {
  parallel_for(0, cell_count_, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    if (!region_[c]) return;
    double plus = 0.0, minus = 0.0;
    for (std::int32_t k = start_[c]; k < start_[c + 1]; ++k) {
      const double f = inflow(flux, entry_[std::size_t(k)]);
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

void FluxLimiter::apply(std::vector<double>& flux, double dt, std::vector<double>& mass_change) {
  // alpha of a link, from the ratios of its two cells and the direction of its flux; a cell
  // outside the region has no room.
  auto alpha = [&](std::int32_t link) {
    const std::size_t n = std::size_t(n_[std::size_t(link)]), m = std::size_t(m_[std::size_t(link)]);
    if (!region_[n] || !region_[m]) return 0.0;
    return flux[std::size_t(link)] > 0.0 ? std::min(ratio_down_[n], ratio_up_[m])   // n gives, m takes
                                         : std::min(ratio_up_[n], ratio_down_[m]);
  };
  // The cell's mass change, and at once its P+ and P- for the next pass (what is left of the
  // fluxes): a cell's own sums are read by no other cell in this loop, only the ratios are.
  parallel_for(0, cell_count_, [&](std::int64_t cell) {
    const std::size_t c = std::size_t(cell);
    if (!region_[c]) return;
    mass_change[c] = 0.0;
    if (!touched(cell)) return;
    double change = 0.0, plus = 0.0, minus = 0.0;
    for (std::int32_t k = start_[c]; k < start_[c + 1]; ++k) {
      const std::int32_t entry = entry_[std::size_t(k)];
      const double f = inflow(flux, entry);
      if (f == 0.0) continue;
      const double a = alpha(link_of(entry));
      change += a * f;
      const double left = (1.0 - a) * f;
      if (left > 0.0) plus += left;
      else minus += left;
    }
    mass_change[c] = dt * change;
    p_plus_[c] = plus;
    p_minus_[c] = minus;
  });
  for_each_link([&](std::int64_t link) {
    if (flux[std::size_t(link)] != 0.0) flux[std::size_t(link)] *= 1.0 - alpha(std::int32_t(link));
  });
}

void FluxLimiter::local_bounds(const std::vector<std::uint8_t>& usable, const double* a, const double* b,
                               std::vector<double>& low, std::vector<double>& high) const {
  low.resize(std::size_t(cell_count_));
  high.resize(std::size_t(cell_count_));
  parallel_for(0, cell_count_, [&](std::int64_t cell) {
    if (!touched(cell)) return;
    const std::size_t c = std::size_t(cell);
    double lo = std::min(a[c], b[c]), hi = std::max(a[c], b[c]);
    for (std::int32_t k = start_[c]; k < start_[c + 1]; ++k) {
      const std::int32_t entry = entry_[std::size_t(k)];
      const std::size_t o = std::size_t(entry >= 0 ? n_[std::size_t(entry)] : m_[std::size_t(~entry)]);
      if (!usable[o]) continue;
      lo = std::min(lo, std::min(a[o], b[o]));
      hi = std::max(hi, std::max(a[o], b[o]));
    }
    low[c] = lo;
    high[c] = hi;
  });
}

}  // namespace gwp::solver
