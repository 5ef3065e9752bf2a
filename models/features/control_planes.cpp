#include "models/features/control_planes.hpp"

#include "models/grid_points.hpp"
#include "models/line_cells.hpp"
#include "models/selection.hpp"

namespace gwp::model {

std::optional<ControlPlane> build_control_plane(const Receptor& r, const BuiltGrid& g, Diagnostics& d) {
  const gwp::Grid& grid = g.grid;
  const bool inside = vertices_inside(grid, r.line, "line", r.location, d);
  const std::size_t problems = d.items().size();
  const std::vector<int> layers = resolve_layers(r.layers, g.layers, r.location, d);
  if (!inside || d.items().size() != problems) return std::nullopt;
  ControlPlane plane;
  plane.name = r.name;
  const auto faces = crossed_faces(grid, r.line);
  const std::vector<double> direction = crossing_directions(grid, r.line, faces);
  for (std::size_t f = 0; f < faces.size(); ++f)
    for (int k : layers) {
      const std::int64_t n = grid.index(k, faces[f][0][0], faces[f][0][1]);
      const std::int64_t m = grid.index(k, faces[f][1][0], faces[f][1][1]);
      if (!grid.active[std::size_t(n)] || !grid.active[std::size_t(m)]) continue;
      ++plane.crossed;
      // A face both of whose centres lie on one side passes nothing across the line.
      if (direction[f] == 0.0) continue;
      plane.n.push_back(n);
      plane.m.push_back(m);
      plane.direction.push_back(direction[f]);
    }
  if (plane.n.empty()) {
    d.add(r.location, "the line crosses no face between active cells of its layers (draw it across cell centres)");
    return std::nullopt;
  }
  return plane;
}

}  // namespace gwp::model
