#include "results/result_grid_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/errors.hpp"

namespace gwp::results {

namespace {

std::vector<double> values_of_size(const ResultReader& r, const std::string& path, std::size_t n) {
  if (!r.exists(path)) throw IoError(r.path() + ": " + path + " is missing");
  std::vector<double> v = r.read(path).values;
  if (v.size() != n) {
    throw IoError(r.path() + ": " + path + " holds " + std::to_string(v.size()) + " values, expected " +
                  std::to_string(n));
  }
  return v;
}

}  // namespace

Grid read_grid(const ResultReader& r) {
  if (!r.exists("/grid")) throw IoError(r.path() + ": /grid is missing; not a gwplume result");
  Grid g;
  g.nx = int(r.number_attribute("/grid", "nx"));
  g.ny = int(r.number_attribute("/grid", "ny"));
  g.nz = int(r.number_attribute("/grid", "nz"));
  if (g.nx < 1 || g.ny < 1 || g.nz < 1) {
    throw IoError(r.path() + ": /grid has " + std::to_string(g.nz) + " x " + std::to_string(g.ny) + " x " +
                  std::to_string(g.nx) + " cells");
  }
  const std::vector<double> origin = r.numbers_attribute("/grid", "origin");
  if (origin.size() != 2) throw IoError(r.path() + ": /grid attribute origin must hold x and y");
  g.origin_x = origin[0];
  g.origin_y = origin[1];
  g.rotation_deg = r.number_attribute("/grid", "rotation");
  const std::size_t columns = std::size_t(g.nx) * std::size_t(g.ny);
  const std::size_t cells = columns * std::size_t(g.nz);
  g.dx = values_of_size(r, "/grid/dx", std::size_t(g.nx));
  g.dy = values_of_size(r, "/grid/dy", std::size_t(g.ny));
  g.top = values_of_size(r, "/grid/top", columns);
  g.bottom = values_of_size(r, "/grid/bottom", cells);
  const std::vector<double> active = values_of_size(r, "/grid/active", cells);
  g.active.resize(cells);
  std::transform(active.begin(), active.end(), g.active.begin(),
                 [](double a) { return std::uint8_t(a != 0.0 ? 1 : 0); });
  return g;
}

}  // namespace gwp::results
