// Plane geometry on world coordinates (x east, y north, m), the one implementation that case
// reading, plume metrics and pictures share. Pure functions.
//
// Outlines are vertex lists in order, either orientation, closed implicitly from the last vertex
// back to the first (a repeated first vertex is harmless). One vertex is a point (a well), two a
// segment; only three or more enclose an area.
//
// The edge rule, everywhere: a point on an area's boundary is inside it. "On" allows 1e-9 of the
// outline's size plus 1e-12 of its coordinates' magnitude, so that a polygon drawn along the
// grid's edge, or a cell centre on a polygon edge, gives the same answer whatever the rounding
// (4e-5 m at Gauss-Kruger eastings of 3.75e7 m).
#pragma once
#include <array>
#include <optional>
#include <vector>

namespace gwp {

using Point = std::array<double, 2>;  // world x (east), y (north), m
using Polygon = std::vector<Point>;   // an outline as above
using Polyline = std::vector<Point>;  // open: no segment from the last vertex back to the first

struct BoundingBox {
  double x_min = 0.0, x_max = 0.0;  // m
  double y_min = 0.0, y_max = 0.0;  // m
};

// Smallest axis-aligned box holding every vertex. An empty outline gives an all-zero box.
BoundingBox bounding_box(const Polygon& polygon);

// Distance (m) from p to the segment a-b; a == b gives the distance to that point.
double distance_to_segment(const Point& p, const Point& a, const Point& b);

// True when p lies inside the area or on its boundary (the edge rule above); the interior by the
// even-odd rule, so a self-crossing outline alternates inside and outside. An outline of fewer
// than three vertices holds no point.
bool point_in_polygon(const Point& p, const Polygon& polygon);

// Area (m2) enclosed, whatever the orientation (shoelace formula).
double polygon_area(const Polygon& polygon);

// Distance (m) from p to an outline: 0 inside or on the boundary, otherwise to the nearest edge
// (for one vertex the point, for two the segment). Throws std::invalid_argument for an outline
// without vertices or with a vertex that is not finite: a distance from nothing is a bug.
double distance_to_polygon(const Point& p, const Polygon& polygon);

// True when the closed segments a-b and c-d share a point (touching ends and collinear
// overlaps count). Exact orientation tests on the given doubles.
bool segments_intersect(const Point& a, const Point& b, const Point& c, const Point& d);

// Length (m) of an open polyline: the sum of its segments; 0 below two vertices.
double polyline_length(const Polyline& line);

// Distance (m) from p to the nearest point of an open polyline; infinity without vertices.
double distance_to_polyline(const Point& p, const Polyline& line);

// An axis-aligned rectangle [x0, x1] x [y0, y1] (m), edges included.
struct Rectangle {
  double x0 = 0.0, x1 = 0.0, y0 = 0.0, y1 = 0.0;
};

// The parameters {t0, t1}, 0 <= t0 <= t1 <= 1, between which a + t (b - a) lies in the
// rectangle (Liang-Barsky clipping); nullopt when the segment misses it.
std::optional<std::array<double, 2>> clip_to_rectangle(const Point& a, const Point& b, const Rectangle& r);

// Total length (m) of the parts of an open polyline inside the rectangle.
double length_in_rectangle(const Polyline& line, const Rectangle& r);

// The stretches of the segment from `start` to `end` that lie inside an area (the edge rule
// above): pairs of distances (m) from `start`, s0 < s1, in order; stretches that meet at a vertex
// are one. None for an outline of fewer than three vertices or a segment of no length.
std::vector<std::array<double, 2>> stretches_inside(const Polygon& polygon, const Point& start, const Point& end);

// Where p lies relative to the line through start and end: the distance (m) along it from
// `start` towards `end` of the foot of the perpendicular, and the distance (m) off it. Throws
// std::invalid_argument when start == end.
struct LinePosition {
  double along = 0.0, off = 0.0;
};
LinePosition position_on_line(const Point& p, const Point& start, const Point& end);

}  // namespace gwp
