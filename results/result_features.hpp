// What a picture or an export needs besides the fields: where the run's features are (landfill
// outlines, wells, abandoned wells, monitoring points, receptors) and each species' limits. Written
// once under /features and as attributes of /transport/<species>, so a result is drawn without its
// case file.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/plane_geometry.hpp"  // Point
#include "results/h5/object.hpp"

namespace gwp::results {

class ResultReader;

// A landfill, pond or other area source: its plan outline, world coordinates, not closed
// (the last vertex joins the first).
struct FeatureOutline {
  std::string name;
  std::string kind;                 // "landfill"
  std::vector<Point> outline;   // m
};

// A pumping well, an abandoned well or a monitoring point: a vertical line or a point.
struct FeatureWell {
  std::string name;
  std::string kind;       // "well", "abandoned_well", "monitoring"
  double x = 0.0, y = 0.0;          // m, world
  double top = 0.0, bottom = 0.0;   // m elevations: screen (well), open bore (abandoned well);
                                    // top == bottom for a point (monitoring at a depth)
  std::string state;                // abandoned wells: open | collapsed | plugged (first state)
  double plugged_at = -1.0;         // d, abandoned wells sealed during the run; < 0: never
};

// A polyline feature such as a river reach or a cutoff wall.
struct FeatureLine {
  std::string name;
  std::string kind;                 // "river", "cutoff_wall", ...
  std::vector<Point> line;      // m
};

// A boundary condition and the cells it acts on, so that a picture can draw boundaries given by
// a side, a polygon or a list of cells (those along a line are FeatureLines as well).
struct FeatureBoundary {
  std::string name;
  std::string kind;                 // "head", "general_head", "river", "drain", "flux"
  std::vector<std::int64_t> cells;  // cell indices n = (k * ny + i) * nx + j
};

// A parent of a species in a reaction chain: the species is produced by its decay.
struct SpeciesParent {
  std::string name;
  double yield = 1.0;          // g of the species per g of the parent decayed
  std::string phase = "both";  // the parent's phases that produce: dissolved, sorbed, both
};

struct SpeciesLimits {
  std::string name;
  std::string units = "mg/L";
  double limit = 0.0;       // mg/L, the limit metrics use (default: GB/T 14848-2017 class IV)
  double class_iii = -1.0;  // mg/L, < 0 when the species has no GB/T 14848-2017 class III value
  double class_iv = -1.0;   // mg/L, likewise
  std::string label;        // how pictures name it ("NH₃-N"); the name when not given
  std::string label_zh;     // its Chinese name ("氨氮"); the label when not given
  std::vector<SpeciesParent> parents;  // reaction chain: what it is produced from (none: not a daughter)
};

struct ResultFeatures {
  std::vector<FeatureOutline> areas;
  std::vector<FeatureWell> wells;       // pumping wells, abandoned wells and monitoring points
  std::vector<FeatureLine> lines;
  std::vector<SpeciesLimits> species;
  std::vector<FeatureBoundary> boundaries;  // empty in results written before they were recorded
};

// /features/areas/<name> (outline (n,2) m; attr kind), /features/wells/<name> (attrs kind x y top
// bottom state plugged_at), /features/lines/<name> (line (n,2); attr kind),
// /features/boundaries/<name> (cells (n) int64; attr kind), and attributes limit,
// class_iii_limit, class_iv_limit (NaN where none), label and label_zh on /transport/<species>.
void write_features(const h5::Group& root, const ResultFeatures& features);

// Reads what write_features wrote; a result without /features gives empty lists (older files).
ResultFeatures read_features(const ResultReader& reader);

}  // namespace gwp::results
