// Plane geometry on world coordinates (x east, y north, m): polygons as the case file gives
// them (vertices in order, either orientation, closed implicitly; a repeated first vertex is
// harmless). Pure functions.
#pragma once
#include "models/case.hpp"

namespace gwp::model {

struct BoundingBox {
  double x_min = 0.0, x_max = 0.0;  // m
  double y_min = 0.0, y_max = 0.0;  // m
};

// Smallest axis-aligned box holding every vertex. An empty polygon gives an all-zero box.
BoundingBox bounding_box(const Polygon& polygon);

// Distance (m) from p to the segment a-b.
double distance_to_segment(const Point& p, const Point& a, const Point& b);

// True when p lies inside the polygon or on its boundary. Points within 1e-9 of the polygon's
// size (plus 1e-12 of its coordinates' magnitude) from an edge or vertex count as on it, so that
// a polygon drawn along the grid's edge, or a cell centre on a polygon edge, gives the same
// answer whatever the rounding.
// A polygon of fewer than three vertices holds no point.
bool point_in_polygon(const Point& p, const Polygon& polygon);

// Area (m2) enclosed, whatever the orientation (shoelace formula).
double polygon_area(const Polygon& polygon);

// Distance (m) from p to the nearest point of the polygon: 0 inside or on the boundary,
// otherwise the distance to the nearest edge.
double distance_to_polygon(const Point& p, const Polygon& polygon);

// True when the closed segments a-b and c-d share a point (touching ends and collinear
// overlaps count). Exact orientation tests on the given doubles.
bool segments_intersect(const Point& a, const Point& b, const Point& c, const Point& d);

// Distance (m) from p to the nearest point of an open polyline; infinity without vertices.
double distance_to_polyline(const Point& p, const Polyline& line);

// Total length (m) of the parts of an open polyline inside the axis-aligned rectangle
// [x0, x1] x [y0, y1] (edges included), by clipping each segment (Liang-Barsky).
double length_in_rectangle(const Polyline& line, double x0, double x1, double y0, double y1);

}  // namespace gwp::model
