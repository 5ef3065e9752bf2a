#include "app/memory_estimate.hpp"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/short_number.hpp"
#include "models/diagnostics.hpp"

namespace gwp::app {

namespace {

std::string read_text(const char* path) {
  std::ifstream in(path);
  std::ostringstream s;
  if (in) s << in.rdbuf();
  return s.str();
}

// The number after `key` on its line of /proc/meminfo style text ("MemAvailable:  22222144 kB").
std::optional<double> field_kib(std::string_view text, std::string_view key) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    if (line.substr(0, key.size()) == key && line.size() > key.size() && line[key.size()] == ':') {
      std::istringstream s{std::string(line.substr(key.size() + 1))};
      double value = 0.0;
      if (s >> value) return value;
      return std::nullopt;
    }
    at = end + 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::int64_t> case_cell_count(const model::GridSpec& grid) {
  std::int64_t layers = 0;
  for (const model::LayerSpec& l : grid.layers)
    if (__builtin_add_overflow(layers, std::int64_t(std::max(l.split, 1)), &layers)) return std::nullopt;
  if (grid.layers.empty()) layers = 1;
  // The grid stores its layer count as an int.
  if (layers > std::numeric_limits<int>::max()) return std::nullopt;
  std::int64_t cells = 0;
  if (__builtin_mul_overflow(std::int64_t(grid.nx), std::int64_t(grid.ny), &cells)) return std::nullopt;
  if (__builtin_mul_overflow(cells, layers, &cells)) return std::nullopt;
  return cells;
}

double run_memory_bytes(std::int64_t cells, std::size_t species) {
  const double per_cell = kFlowBytesPerCell + (species > 0 ? kTransportBytesPerCell : 0.0) +
                          double(species) * kSpeciesBytesPerCell;
  return kBaseBytes + double(cells) * per_cell;
}

MemoryEstimate estimate_memory(const model::Case& c) {
  const std::optional<std::int64_t> cells = case_cell_count(c.grid);
  if (!cells) {
    model::Diagnostics d;
    d.add(c.grid.where, "the grid is too large to count (grid.nx = " + std::to_string(c.grid.nx) + ", grid.ny = " +
                            std::to_string(c.grid.ny) + " and the layers' splits make more than 9.2e18 cells or "
                            "more than 2147483647 grid layers)");
    d.throw_if_any();
  }
  MemoryEstimate e;
  e.cells = *cells;
  e.species = c.species.size();
  e.bytes = run_memory_bytes(e.cells, e.species);
  return e;
}

std::optional<double> mem_available_bytes(std::string_view meminfo) {
  const auto kib = field_kib(meminfo, "MemAvailable");
  if (!kib) return std::nullopt;
  return *kib * 1024.0;
}

std::optional<double> cgroup_limit_bytes(std::string_view memory_max) {
  std::istringstream s{std::string(memory_max)};
  double value = 0.0;
  if (!(s >> value) || !std::isfinite(value) || value <= 0.0) return std::nullopt;  // "max": no limit
  return value;
}

std::optional<double> available_memory_bytes() {
  std::optional<double> available = mem_available_bytes(read_text("/proc/meminfo"));
  // cgroup v2: the limit of this process's group, less what the group already holds.
  if (const auto limit = cgroup_limit_bytes(read_text("/sys/fs/cgroup/memory.max"))) {
    const auto used = cgroup_limit_bytes(read_text("/sys/fs/cgroup/memory.current"));
    const double room = std::max(*limit - used.value_or(0.0), 0.0);
    available = available ? std::min(*available, room) : room;
  }
  return available;
}

std::string bytes_text(double bytes) {
  static const char* const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
  int u = 0;
  while (bytes >= 999.5 && u < 6) bytes /= 1000.0, ++u;
  return short_number(bytes, 2) + " " + units[u];
}

void refuse_if_too_large(const model::Case& c, const MemoryEstimate& e, std::optional<double> available) {
  if (!available || e.bytes <= *available) return;
  std::ostringstream cells;
  if (e.cells < 1000000) {
    cells << e.cells << " cells";
  } else {  // "1e10 cells", "2.5e8 cells": the power of ten is what matters
    const int power = int(std::floor(std::log10(double(e.cells))));
    cells << short_number(double(e.cells) / std::pow(10.0, power), 2) << "e" << power << " cells";
  }
  model::Diagnostics d;
  d.add(c.grid.where, "the model needs about " + bytes_text(e.bytes) + " of memory (" + cells.str() + " x " +
                          std::to_string(e.species) + (e.species == 1 ? " species" : " species") +
                          ", grid.nx x grid.ny x the layers' splits); this machine has " + bytes_text(*available) +
                          " available; use --force to try anyway");
  d.throw_if_any();
}

}  // namespace gwp::app
