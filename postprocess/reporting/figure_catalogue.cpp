#include "postprocess/reporting/figure_catalogue.hpp"

#include <stdexcept>

namespace gwp::reporting {

const std::vector<QuantityInfo>& quantity_catalogue() {
  static const std::vector<QuantityInfo> catalogue{
      {"peak", Msg::q_peak, "mg/L"},
      {"area_above_limit", Msg::q_area_above_limit, "m2"},
      {"volume_above_limit", Msg::q_volume_above_limit, "m3"},
      {"area_above_class_iii", Msg::q_area_above_class_iii, "m2"},
      {"volume_above_class_iii", Msg::q_volume_above_class_iii, "m3"},
      {"distance_from_source", Msg::q_distance_from_source, "m"},
      {"point_peak", Msg::q_point_peak, "mg/L"},
      {"point_first_exceedance", Msg::q_point_first_exceedance, "d"},
      {"pumped_concentration", Msg::q_pumped_concentration, "mg/L"},
      {"river_mass_flux", Msg::q_river_mass_flux, "g/d"},
      {"head_mass_flux", Msg::q_head_mass_flux, "g/d"},
      {"general_head_mass_flux", Msg::q_general_head_mass_flux, "g/d"},
      {"drain_mass_flux", Msg::q_drain_mass_flux, "g/d"},
      {"river_mass_cumulative", Msg::q_river_mass_cumulative, "g"},
      {"head_mass_cumulative", Msg::q_head_mass_cumulative, "g"},
      {"general_head_mass_cumulative", Msg::q_general_head_mass_cumulative, "g"},
      {"drain_mass_cumulative", Msg::q_drain_mass_cumulative, "g"},
      {"abandoned_well_mass_flux", Msg::q_abandoned_well_mass_flux, "g/d"},
      {"abandoned_well_mass_cumulative", Msg::q_abandoned_well_mass_cumulative, "g"},
      {"pumped_mass_removed", Msg::q_pumped_mass_removed, "g"},
      {"dissolved_mass", Msg::q_dissolved_mass, "g"},
      {"mass_sen_slope", Msg::q_mass_sen_slope, "g/yr"},
      {"plume_below_limit_from", Msg::q_plume_below_limit_from, "d"},
  };
  return catalogue;
}

std::size_t quantity_order(const std::string& id) {
  const auto& c = quantity_catalogue();
  for (std::size_t i = 0; i < c.size(); ++i)
    if (c[i].id == id) return i;
  return c.size();
}

const QuantityInfo& quantity_info(const std::string& id) {
  const std::size_t i = quantity_order(id);
  if (i == quantity_catalogue().size()) throw std::invalid_argument("unknown quantity '" + id + "'");
  return quantity_catalogue()[i];
}

const std::vector<std::string>& outflow_boundary_kinds() {
  static const std::vector<std::string> kinds{"river", "head", "general_head", "drain"};
  return kinds;
}

}  // namespace gwp::reporting
