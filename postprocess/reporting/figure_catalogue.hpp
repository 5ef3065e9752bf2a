// The figures a report lists and a comparison sets side by side, each by a short id used as the
// `quantity` column of the comparison CSV, with the words and units shown to people.
#pragma once
#include <string>
#include <vector>

#include "postprocess/reporting/messages.hpp"

namespace gwp::reporting {

struct QuantityInfo {
  std::string id;      // e.g. "area_above_limit"
  Msg label;           // e.g. "plume area above the limit ({1})": {1} the limit, {2} the subject
  std::string units;   // e.g. "m2"
};

// Every quantity, in the order tables show them:
//   peak                         mg/L  largest concentration of any active cell
//   area_above_limit             m2    plan area of the columns above the run's limit (class IV by default)
//   volume_above_limit           m3    aquifer volume of the cells above it
//   area_above_class_iii         m2    the same above GB/T 14848 class III
//   volume_above_class_iii       m3
//   distance_from_source         m     farthest plan distance from a source to a column above the limit
//   point_peak                   mg/L  largest sample so far at a monitoring point
//   point_first_exceedance       d     first time a monitoring point went above the limit
//   pumped_concentration         mg/L  mass flux out through a pumping well over the last step / its rate
//   river_mass_flux              g/d   net mass leaving the aquifer to a river (out - in)
//   head_mass_flux               g/d   the same to a fixed-head boundary
//   general_head_mass_flux       g/d   the same to a general-head boundary
//   drain_mass_flux              g/d   the same to a drain
//   river_mass_cumulative        g     the cumulative net mass to a river since the start (budget)
//   head_mass_cumulative, general_head_mass_cumulative, drain_mass_cumulative   g
//   abandoned_well_mass_flux     g/d   mass carried through an abandoned well's bore
//   abandoned_well_mass_cumulative g   the same, cumulative since the start (budget)
//   pumped_mass_removed          g     cumulative net mass taken out by a pumping well (budget)
//   dissolved_mass               g     dissolved mass left in the model
//   mass_sen_slope               g/yr  Sen's slope of the dissolved mass over the trend's output times (last time only)
//   plume_below_limit_from       d     when the area above the limit fell to 0 for good (last time only)
const std::vector<QuantityInfo>& quantity_catalogue();

// The entry of `id`; throws std::invalid_argument for an unknown id.
const QuantityInfo& quantity_info(const std::string& id);

// Position of `id` in the catalogue (for sorting); the catalogue's size for an unknown id.
std::size_t quantity_order(const std::string& id);

// The boundary kinds whose outflow is reported ("river", "head", "general_head", "drain").
const std::vector<std::string>& outflow_boundary_kinds();

}  // namespace gwp::reporting
