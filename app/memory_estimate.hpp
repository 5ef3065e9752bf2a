// The memory a run needs, estimated from the case alone before anything large is allocated, and
// the memory this machine has: a model too large for the machine is refused (exit 2) with the
// estimate and what is available, instead of failing half way with std::bad_alloc.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "models/case.hpp"

namespace gwp::app {

// Bytes a run takes, calibrated against the peak resident memory of the benchmark runs
// (docs/reliability.md): the program and its libraries, then per cell the grid, properties, flow
// matrix with its incomplete factors and the connections; with species the transport matrix
// (full dispersion tensor) with its factors and work vectors, and per species the
// concentrations, sorbed mass, budgets and output buffers.
inline constexpr double kBaseBytes = 64e6;                 // B, the process before any model
inline constexpr double kFlowBytesPerCell = 780.0;         // B per cell
inline constexpr double kTransportBytesPerCell = 550.0;    // B per cell, once when there are species
inline constexpr double kSpeciesBytesPerCell = 180.0;      // B per cell and species

struct MemoryEstimate {
  std::int64_t cells = 0;   // nx * ny * grid layers
  std::size_t species = 0;
  double bytes = 0.0;       // B
};

// nx * ny * the grid layers (the sum of the layers' splits) in 64 bits; none when the product
// does not fit (an absurd grid).
std::optional<std::int64_t> case_cell_count(const model::GridSpec& grid);

// The formula above for `cells` cells and `species` species.
double run_memory_bytes(std::int64_t cells, std::size_t species);

// The estimate of the case; throws InputError at [grid] when the cell count overflows.
MemoryEstimate estimate_memory(const model::Case& c);

// MemAvailable of /proc/meminfo text, in bytes; none when absent.
std::optional<double> mem_available_bytes(std::string_view meminfo);
// A cgroup v2 memory.max text ("max" or bytes), in bytes; none when unlimited or unreadable.
std::optional<double> cgroup_limit_bytes(std::string_view memory_max);

// What this machine has for a run now (B): MemAvailable, lowered to the cgroup's limit less
// what the cgroup already uses when a limit is set. None when neither can be read.
std::optional<double> available_memory_bytes();

// "1.2 TB", "23 GB", "180 MB" (decimal units, two significant digits).
std::string bytes_text(double bytes);

// Throws InputError located at the case's [grid] when the estimate exceeds `available`.
void refuse_if_too_large(const model::Case& c, const MemoryEstimate& e, std::optional<double> available);

}  // namespace gwp::app
