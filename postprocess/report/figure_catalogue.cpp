#include "postprocess/report/figure_catalogue.hpp"

#include <stdexcept>

namespace gwp::post {

const std::vector<QuantityInfo>& quantity_catalogue() {
  static const std::vector<QuantityInfo> catalogue{
      {"peak", "plume peak concentration", "mg/L"},
      {"area_above_limit", "plume area above the limit", "m2"},
      {"volume_above_limit", "plume volume above the limit", "m3"},
      {"area_above_class_iii", "plume area above class III", "m2"},
      {"volume_above_class_iii", "plume volume above class III", "m3"},
      {"distance_from_source", "farthest distance above the limit from", "m"},
      {"point_peak", "peak concentration so far at", "mg/L"},
      {"point_first_exceedance", "first exceedance of the limit at", "d"},
      {"pumped_concentration", "pumped-water concentration (last step) at", "mg/L"},
      {"river_mass_flux", "net mass flux to river", "g/d"},
      {"head_mass_flux", "net mass flux to fixed-head boundary", "g/d"},
      {"general_head_mass_flux", "net mass flux to general-head boundary", "g/d"},
      {"drain_mass_flux", "net mass flux to drain", "g/d"},
      {"river_mass_cumulative", "cumulative net mass to river", "g"},
      {"head_mass_cumulative", "cumulative net mass to fixed-head boundary", "g"},
      {"general_head_mass_cumulative", "cumulative net mass to general-head boundary", "g"},
      {"drain_mass_cumulative", "cumulative net mass to drain", "g"},
      {"abandoned_well_mass_flux", "mass flux through abandoned well", "g/d"},
      {"abandoned_well_mass_cumulative", "cumulative mass through abandoned well", "g"},
      {"pumped_mass_removed", "cumulative mass removed by pumping well", "g"},
      {"dissolved_mass", "dissolved mass left", "g"},
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

}  // namespace gwp::post
