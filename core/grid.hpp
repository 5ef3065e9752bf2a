// The structured grid: layers (k, from the top), rows (i, from the north edge) and columns
// (j, from the west edge), with per-cell tops and bottoms that may vary, variable widths, and
// a world placement (origin of the south-west corner, rotation counter-clockwise in degrees).
// Cell index n = (k * ny + i) * nx + j, the C order (layer, row, column) of the result file.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gwp {

struct CellIndex {
  int k = 0, i = 0, j = 0;  // layer, row, column (0-based)
};

struct Grid {
  int nx = 0, ny = 0, nz = 0;
  std::vector<double> dx;           // m, nx widths west -> east
  std::vector<double> dy;           // m, ny widths north -> south
  std::vector<double> top;          // m, ny*nx elevation of the top of layer 0
  std::vector<double> bottom;       // m, nz*ny*nx bottom elevation of every cell
  std::vector<std::uint8_t> active; // nz*ny*nx, 1 where the cell takes part
  double origin_x = 0.0, origin_y = 0.0;  // m, world coordinates of the south-west corner
  double rotation_deg = 0.0;              // degrees counter-clockwise about the origin

  std::int64_t cell_count() const { return std::int64_t(nx) * ny * nz; }
  std::int64_t column_count() const { return std::int64_t(nx) * ny; }
  std::int64_t index(int k, int i, int j) const { return (std::int64_t(k) * ny + i) * nx + j; }
  CellIndex cell(std::int64_t n) const;

  double cell_top(std::int64_t n) const;     // m
  double cell_bottom(std::int64_t n) const { return bottom[std::size_t(n)]; }  // m
  double thickness(std::int64_t n) const { return cell_top(n) - cell_bottom(n); }  // m
  double area(std::int64_t n) const;         // m2, plan area

  // Local (unrotated, relative to the origin) centre coordinates, m; y grows north.
  double x_centre(int j) const;
  double y_centre(int i) const;
  double length_x() const;  // m, total width of the grid west -> east
  double length_y() const;  // m, total width of the grid south -> north

  std::array<double, 2> to_local(double xw, double yw) const;
  std::array<double, 2> to_world(double xl, double yl) const;
  // Row and column of the cell containing world point (x, y); nullopt outside the grid.
  std::optional<std::array<int, 2>> locate(double xw, double yw) const;
  // Layer whose cell (at row i, column j) contains elevation z; nullopt above or below.
  std::optional<int> layer_at(int i, int j, double z) const;
};

// How messages name a cell: "(layer 2, row 5, column 7)", 1-based as in the case file.
std::string cell_label(const Grid& grid, std::int64_t n);
// A cell named for someone who has to find it on a map: its label, the world coordinates of its
// centre and its top and bottom, "(layer 2, row 5, column 7) at x = 1250.0 m, y = 830.0 m,
// z = 40.00 to 30.00 m".
std::string cell_place(const Grid& grid, std::int64_t n);

}  // namespace gwp
