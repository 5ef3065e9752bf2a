#include "app/control_plane_flux.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gwp::app {

std::vector<results::SeriesColumn> line_flux_columns() {
  return {{"water", "m3/d"}, {"rate_forward", "g/d"}, {"rate_back", "g/d"}, {"net", "g/d"}, {"cumulative_net", "g"}};
}

LineDischarge line_discharge(const model::ControlPlane& plane, const std::vector<double>& face_water,
                             const std::vector<double>& face_mass) {
  LineDischarge d;
  double gross_water = 0.0;  // m3/d, both ways
  for (std::size_t f = 0; f < plane.direction.size(); ++f) {
    const double water = plane.direction[f] * face_water[f];
    const double mass = plane.direction[f] * face_mass[f];
    d.water += water;
    gross_water += std::abs(water);
    if (mass > 0.0) d.forward += mass;
    else d.back -= mass;
  }
  d.net = d.forward - d.back;
  // Water that goes forward through some faces and back through others may net to rounding.
  if (std::abs(d.water) > 1e-12 * gross_water) d.concentration = d.net / d.water;
  return d;
}

std::vector<std::int64_t> face_links(const model::ControlPlane& plane, const solver::Connections& links) {
  std::vector<std::int64_t> out;
  for (std::size_t f = 0; f < plane.n.size(); ++f) {
    const std::int64_t n = plane.n[f], m = plane.m[f];
    std::int64_t found = -1;
    for (std::int64_t e = links.adjacency_start[std::size_t(n)]; e < links.adjacency_start[std::size_t(n) + 1]; ++e) {
      const std::int64_t l = links.adjacency_link[std::size_t(e)];
      if (links.is_grid_link(l) && links.n[std::size_t(l)] == n && links.m[std::size_t(l)] == m) found = l;
    }
    if (found < 0)
      throw std::logic_error("control plane '" + plane.name + "': cells " + std::to_string(n) + " and " +
                             std::to_string(m) + " are not joined by a grid link");
    out.push_back(found);
  }
  return out;
}

ControlPlaneFlux::ControlPlaneFlux(const model::Model& m, const solver::Connections& links,
                                   solver::TransportSolver& transport)
    : model_(m), time_(transport.time()) {
  for (const model::ControlPlane& plane : m.control_planes) {
    links_.push_back(face_links(plane, links));
    set_.push_back(transport.watch_links(links_.back()));
    last_.emplace_back(transport.species_count());
    cumulative_.emplace_back(transport.species_count(), 0.0);
  }
}

void ControlPlaneFlux::on_step(const solver::TransportSolver& transport, const solver::FlowSolution& water, double t) {
  const double dt = t - time_;
  time_ = t;
  for (std::size_t p = 0; p < links_.size(); ++p) {
    std::vector<double> face_water;
    for (std::int64_t l : links_[p]) face_water.push_back(water.connection_flow[std::size_t(l)]);
    for (std::size_t s = 0; s < transport.species_count(); ++s) {
      last_[p][s] = line_discharge(model_.control_planes[p], face_water, transport.link_mass_flux(s, set_[p]));
      cumulative_[p][s] += dt * last_[p][s].net;
    }
  }
}

}  // namespace gwp::app
