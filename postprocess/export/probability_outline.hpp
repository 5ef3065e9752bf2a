// Outlines of where a sweep's probability of exceeding reaches given levels (5 %, 50 %, 95 %), as
// GeoJSON polygons in the grid's CRS: the columns whose probability is at or above each level,
// traced along the real cell edges as the exceedance outlines of a result are (mask_outlines).
// The 50 % outline is the median plume's edge, the 95 % where the plume is almost certain, the
// 5 % how far it may reach.
#pragma once
#include <string>
#include <vector>

#include <ogr_spatialref.h>

#include "core/grid.hpp"

namespace gwp::exporting {

struct ProbabilityLayer {
  std::string species;
  double time = 0.0;                 // d
  std::string date;                  // "2023-06-30" when the sweep has a start date, else ""
  std::vector<double> probability;   // per column (ny * nx), 0..1, NaN where no active cell
};

// 1 for the columns whose probability is at or above `level`.
std::vector<unsigned char> at_or_above(const std::vector<double>& probability, double level);

// A FeatureCollection: one Polygon feature per outline of each level, with properties species,
// time_d, date (when set), probability (the level, 0..1) and area_m2. Replaces an existing
// file; IoError naming it on failure.
void write_probability_geojson(const std::string& path, const Grid& grid, const ProbabilityLayer& layer,
                               const std::vector<double>& levels, const OGRSpatialReference* srs);

}  // namespace gwp::exporting
