#include "postprocess/render/plan_values.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace gwp::render {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void require_cells(const Grid& grid, const std::vector<double>& cells) {
  if (cells.size() != std::size_t(grid.cell_count()))
    throw std::invalid_argument("field of " + std::to_string(cells.size()) + " values for a grid of " +
                                std::to_string(grid.cell_count()) + " cells");
}

void require_layers(const Grid& grid, LayerRange layers) {
  if (layers.first < 0 || layers.count < 1 || layers.end() > grid.nz)
    throw std::invalid_argument("no layers " + std::to_string(layers.first + 1) + " to " +
                                std::to_string(layers.end()) + " in a grid of " + std::to_string(grid.nz) + " layers");
}

}  // namespace

std::vector<double> layer_values(const Grid& grid, const std::vector<double>& cells, int k) {
  return range_maximum(grid, cells, {k, 1});
}

std::vector<double> range_maximum(const Grid& grid, const std::vector<double>& cells, LayerRange layers) {
  require_cells(grid, cells);
  require_layers(grid, layers);
  std::vector<double> out(std::size_t(grid.column_count()), kNaN);
  for (std::int64_t c = 0; c < grid.column_count(); ++c)
    for (int k = layers.first; k < layers.end(); ++k) {
      const std::size_t n = std::size_t(k * grid.column_count() + c);
      if (!grid.active[n] || std::isnan(cells[n])) continue;
      double& v = out[std::size_t(c)];
      if (std::isnan(v) || cells[n] > v) v = cells[n];
    }
  return out;
}

bool is_dry(const Grid& grid, const std::vector<double>& heads, std::int64_t n) {
  return grid.active[std::size_t(n)] && !(heads[std::size_t(n)] > grid.cell_bottom(n));
}

std::vector<std::int64_t> top_saturated_cells(const Grid& grid, const std::vector<double>& heads, LayerRange layers) {
  require_cells(grid, heads);
  require_layers(grid, layers);
  std::vector<std::int64_t> out(std::size_t(grid.column_count()), -1);
  for (std::int64_t c = 0; c < grid.column_count(); ++c)
    for (int k = layers.first; k < layers.end(); ++k) {
      const std::int64_t n = k * grid.column_count() + c;
      if (grid.active[std::size_t(n)] && !is_dry(grid, heads, n)) {
        out[std::size_t(c)] = n;
        break;
      }
    }
  return out;
}

std::vector<double> values_at(const std::vector<std::int64_t>& cells, const std::vector<double>& values) {
  std::vector<double> out(cells.size(), kNaN);
  for (std::size_t c = 0; c < cells.size(); ++c)
    if (cells[c] >= 0) out[c] = values[std::size_t(cells[c])];
  return out;
}

std::vector<double> water_table(const Grid& grid, const std::vector<double>& heads) {
  return values_at(top_saturated_cells(grid, heads, all_layers(grid)), heads);
}

std::vector<unsigned char> dry_columns(const Grid& grid, const std::vector<double>& heads, LayerRange layers) {
  require_cells(grid, heads);
  require_layers(grid, layers);
  std::vector<unsigned char> out(std::size_t(grid.column_count()), 0);
  for (std::int64_t c = 0; c < grid.column_count(); ++c) {
    bool any = false, all_dry = true;
    for (int k = layers.first; k < layers.end(); ++k) {
      const std::int64_t n = k * grid.column_count() + c;
      if (!grid.active[std::size_t(n)]) continue;
      any = true;
      all_dry = all_dry && is_dry(grid, heads, n);
    }
    out[std::size_t(c)] = any && all_dry ? 1 : 0;
  }
  return out;
}

std::vector<double> wet_values(const Grid& grid, const std::vector<double>& cells, const std::vector<double>& heads) {
  require_cells(grid, cells);
  std::vector<double> out = cells;
  if (heads.empty()) return out;
  require_cells(grid, heads);
  for (std::int64_t n = 0; n < grid.cell_count(); ++n)
    if (is_dry(grid, heads, n)) out[std::size_t(n)] = kNaN;
  return out;
}

double lower_quartile(std::vector<double> values) {
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
  if (values.empty()) return kNaN;
  std::sort(values.begin(), values.end());
  const double at = 0.25 * double(values.size() - 1);
  const std::size_t below = std::size_t(at);
  const double f = at - double(below);
  return below + 1 < values.size() ? values[below] + f * (values[below + 1] - values[below]) : values[below];
}

std::vector<double> finite_range(const std::vector<double>& values) {
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (double v : values)
    if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
  if (low > high) return {kNaN, kNaN};
  return {low, high};
}

}  // namespace gwp::render
