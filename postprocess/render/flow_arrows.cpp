#include "postprocess/render/flow_arrows.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::render {

std::vector<FlowArrow> flow_arrows(const Grid& g, const MapFrame& frame, const PixelBox& box,
                                   const std::vector<std::int64_t>& cells, const std::vector<double>& flux,
                                   double spacing, double length) {
  if (flux.size() != std::size_t(g.cell_count()) * 3)
    throw std::invalid_argument("Darcy flux of " + std::to_string(flux.size()) + " values for a grid of " +
                                std::to_string(g.cell_count()) + " cells");
  std::vector<FlowArrow> arrows;
  if (!(spacing > 0.0)) return arrows;
  const int columns = int(std::floor(box.width() / spacing)), rows = int(std::floor(box.height() / spacing));
  const double x0 = box.left + 0.5 * (box.width() - (columns - 1) * spacing);
  const double y0 = box.bottom + 0.5 * (box.height() - (rows - 1) * spacing);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c) {
      const Pixel at{x0 + c * spacing, y0 + r * spacing};
      const auto world = frame.to_world(at[0], at[1]);
      const auto column = g.locate(world[0], world[1]);
      if (!column) continue;
      const std::int64_t n = cells[std::size_t((*column)[0] * g.nx + (*column)[1])];
      if (n < 0) continue;
      const double qx = flux[std::size_t(n) * 3], qy = flux[std::size_t(n) * 3 + 1], q = std::hypot(qx, qy);
      if (!(q > 1e-9)) continue;  // no horizontal flow to show (or NaN)
      const double ux = qx / q * 0.5 * length, uy = qy / q * 0.5 * length;  // north is up: world axes are pixel axes
      arrows.push_back({{at[0] - ux, at[1] - uy}, {at[0] + ux, at[1] + uy}, qx, qy});
    }
  return arrows;
}

void draw_flow_arrows(Canvas& canvas, const std::vector<FlowArrow>& arrows, double width, double head) {
  for (const FlowArrow& a : arrows) canvas.arrow(a.tail, a.tip, {1, 1, 1}, width + 3.0, head + 3.0);
  for (const FlowArrow& a : arrows) canvas.arrow(a.tail, a.tip, kFlowArrowColour, width, head);
}

}  // namespace gwp::render
