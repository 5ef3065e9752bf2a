// Distances in plan (horizontal x, y) between points and outlines given in world coordinates:
// how far a cell centre lies from a landfill's footprint or from a well. Outlines are plain
// vertex lists so that nothing here depends on how a case file describes a feature.
#pragma once
#include <array>
#include <vector>

namespace gwp::post {

using PlanPoint = std::array<double, 2>;  // m, world x (east), y (north)
// Vertices in order (either sense), closed implicitly from the last back to the first.
// One vertex is a point (a well), two a line segment, three or more an area (a landfill).
using Polygon = std::vector<PlanPoint>;

// Distance (m) from p to the segment from a to b; a == b is the distance to that point.
double distance_to_segment(const PlanPoint& p, const PlanPoint& a, const PlanPoint& b);

// Whether p lies inside an area of three or more vertices (even-odd rule, so a self-crossing
// outline alternates inside and outside). Points exactly on an edge may go either way;
// distance_to_polygon gives them 0 regardless.
bool inside_polygon(const PlanPoint& p, const Polygon& polygon);

// Distance (m) from p to the polygon: 0 inside or on its outline, otherwise to the nearest
// edge (or the point, or the segment). Throws std::invalid_argument for an empty polygon or a
// vertex that is not finite.
double distance_to_polygon(const PlanPoint& p, const Polygon& polygon);

}  // namespace gwp::post
