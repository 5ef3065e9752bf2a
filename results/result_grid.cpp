#include "results/result_grid.hpp"

#include <stdexcept>

#include "results/h5/attribute.hpp"
#include "results/h5/dataset.hpp"

namespace gwp::results {

namespace {

template <class T>
void write_sized(const h5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                 const std::vector<T>& values, const std::string& units) {
  if (h5::element_count(dims) != values.size()) {
    throw std::invalid_argument("grid " + name + ": expected " +
                                std::to_string(h5::element_count(dims)) + " values, got " +
                                std::to_string(values.size()));
  }
  const h5::Dataset dataset = h5::write_array(group, name, dims, values);
  h5::set_text(dataset, "units", units);
}

}  // namespace

void write_grid(const h5::Group& root, const Grid& grid, const std::string& crs,
                const std::vector<std::string>& layer_names) {
  const hsize_t nx = hsize_t(grid.nx), ny = hsize_t(grid.ny), nz = hsize_t(grid.nz);
  if (layer_names.size() != nz) {
    throw std::invalid_argument("grid has " + std::to_string(nz) + " layers but " +
                                std::to_string(layer_names.size()) + " layer names were given");
  }
  const h5::Group group = root.require_group("grid");
  h5::set_integer(group, "nx", grid.nx);
  h5::set_integer(group, "ny", grid.ny);
  h5::set_integer(group, "nz", grid.nz);
  h5::set_reals(group, "origin", {grid.origin_x, grid.origin_y});  // m, south-west corner
  h5::set_real(group, "rotation", grid.rotation_deg);              // degrees counter-clockwise
  h5::set_text(group, "crs", crs);

  write_sized(group, "dx", {nx}, grid.dx, "m");
  write_sized(group, "dy", {ny}, grid.dy, "m");
  write_sized(group, "top", {ny, nx}, grid.top, "m");
  write_sized(group, "bottom", {nz, ny, nx}, grid.bottom, "m");
  write_sized(group, "active", {nz, ny, nx}, grid.active, "1");
  const h5::Dataset names = h5::write_texts(group, "layer_names", layer_names);
  h5::set_text(names, "units", "1");
}

void write_properties(const h5::Group& root, const Grid& grid,
                      const std::vector<CellField>& fields) {
  const h5::Group group = root.require_group("properties");
  const std::vector<hsize_t> dims{hsize_t(grid.nz), hsize_t(grid.ny), hsize_t(grid.nx)};
  for (const CellField& field : fields)
    write_sized(group, field.name, dims, field.values, field.units);
}

}  // namespace gwp::results
