// Arrows of the groundwater flow direction on a head map: the horizontal Darcy flux (qx, qy,
// world axes, from /flow/darcy_flux) of the cell drawn in each column, sampled on a square
// lattice of points in the picture so the arrows stand evenly, a readable distance apart, whatever
// the grid's cell size. All arrows have one length: the flux varies over orders of magnitude
// between an aquifer and a clay, and only its direction would be readable in lengths.
#pragma once
#include <cstdint>
#include <vector>

#include "core/grid.hpp"
#include "postprocess/render/canvas.hpp"
#include "postprocess/render/map_frame.hpp"

namespace gwp::render {

struct FlowArrow {
  Pixel tail, tip;           // pixels, centred on the lattice point
  double qx = 0, qy = 0;     // m/d, the Darcy flux of the cell under the point (world axes)
};

// One arrow per lattice point (`spacing` pixels apart, the lattice centred in `box`) that falls in
// a column whose chosen cell (`cells`, per column, -1 for none) has a horizontal flux above 1e-9
// m/d; each `length` pixels long. `flux` is /flow/darcy_flux at one time: (nz, ny, nx, 3).
std::vector<FlowArrow> flow_arrows(const Grid& grid, const MapFrame& frame, const PixelBox& box,
                                   const std::vector<std::int64_t>& cells, const std::vector<double>& flux,
                                   double spacing, double length);

// Draws the arrows dark on a white edge, readable over any colour of the map.
void draw_flow_arrows(Canvas& canvas, const std::vector<FlowArrow>& arrows, double width, double head);

// Colour of the flow arrows (for the legend).
inline constexpr Rgb kFlowArrowColour{0.08, 0.08, 0.08};

}  // namespace gwp::render
