// The static part of a result: /grid (geometry and placement) and /properties (per-cell fields).
#pragma once
#include <string>
#include <vector>

#include "core/grid.hpp"
#include "results/h5/object.hpp"

namespace gwp::results {

// A per-cell field with its units, e.g. {"kh", "m/d", values}; values in grid cell order.
struct CellField {
  std::string name, units;
  std::vector<double> values;
};

// /grid: attributes nx ny nz origin rotation crs; datasets dx (nx), dy (ny), top (ny,nx),
// bottom (nz,ny,nx), active (nz,ny,nx) uint8 and layer_names (nz), each with `units`.
void write_grid(const h5::Group& root, const Grid& grid, const std::string& crs,
                const std::vector<std::string>& layer_names);

// /properties/<name> (nz,ny,nx), each with `units`.
void write_properties(const h5::Group& root, const Grid& grid,
                      const std::vector<CellField>& fields);

}  // namespace gwp::results
