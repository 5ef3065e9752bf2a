// Per-cell hydraulic and transport properties from [properties]: the defaults, then each case
// layer's values (all its sublayers), then the zones in order, a later zone overriding an
// earlier one. Resolved once, before any solving.
#pragma once
#include <cstdint>
#include <vector>

#include "models/case.hpp"
#include "models/diagnostics.hpp"
#include "models/grid_builder.hpp"

namespace gwp::model {

// Values for what a case leaves unset everywhere. kh and kv have none: a cell without them is an
// error. Typical of the sand-gravel aquifers this program is for (docs/guigang-site.md section 1.2:
// porosity 0.20-0.30, bulk density 1.6-1.9 g/cm3); the specific storage is that of a loose
// granular aquifer.
inline constexpr double kDefaultPorosity = 0.25;         // -, effective (mobile) porosity
inline constexpr double kDefaultSpecificStorage = 1e-5;  // 1/m
inline constexpr double kDefaultSpecificYield = 0.2;     // -
inline constexpr double kDefaultBulkDensity = 1.7;       // kg/L (= g/cm3)

// One value per grid cell, indexed as gwp::Grid (n = (k * ny + i) * nx + j).
struct CellFields {
  std::vector<double> kh;                // m/d horizontal hydraulic conductivity
  std::vector<double> kv;                // m/d vertical hydraulic conductivity
  std::vector<double> porosity;          // - effective porosity
  std::vector<double> specific_storage;  // 1/m
  std::vector<double> specific_yield;    // -
  std::vector<double> bulk_density;      // kg/L
};

// The fields of every cell. An unknown layer, a zone selection's problems and an active cell
// left without kh or kv are diagnostics; the last are reported at `where` (the [properties]
// table). Inactive cells no kh or kv reaches get 0 there.
CellFields resolve_properties(const Properties& p, const BuiltGrid& g, Diagnostics& d,
                              const Location& where = Location{"", 0, 0, "properties"});

// The active cells of each zone (select_cells of its selection), in the order of p.zones, for
// terms that zones change besides these fields (a zone's species reactions). Adds the same
// diagnostics as resolve_properties does for zones; call it with a Diagnostics of its own, or
// after resolve_properties with one whose problems are already reported.
std::vector<std::vector<std::int64_t>> zone_cells(const Properties& p, const BuiltGrid& g, Diagnostics& d);

}  // namespace gwp::model
