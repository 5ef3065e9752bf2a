// The mass that crosses watched grid links in each step of each species (members of
// TransportSolver): a control plane's faces. Each step moves mass across a link in up to three
// ways, and all three are counted, so that the rates across the links around a cell add up to
// its mass change but for its sources and reactions:
//  - the correction before the solve (the tvd scheme's spatial antidiffusion and the cross part
//    of dispersion) and, on implicit tvd steps, the temporal correction after it: what the
//    limiter applied of each link's flux, i.e. its flux before minus what it left unapplied;
//  - the low-order solve: upwind (or central) advection and the two-point part of dispersion at
//    the concentrations the equations used, weighted in time as they weigh them.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "solver/transport/transport_solver.hpp"

namespace gwp::solver {

std::size_t TransportSolver::watch_links(std::vector<std::int64_t> links) {
  for (std::int64_t l : links)
    if (l < 0 || l >= links_->grid_count)
      throw std::invalid_argument("transport: watched link " + std::to_string(l) + " is not a grid link (the grid has " +
                                  std::to_string(links_->grid_count) + ")");
  if (started_) throw std::logic_error("transport: links are watched from the first step on");
  for (Species& s : species_) s.watched_flux.emplace_back(links.size(), 0.0);
  watched_before_.emplace_back(links.size(), 0.0);
  watched_links_.push_back(std::move(links));
  return watched_links_.size() - 1;
}

void TransportSolver::note_watched_corrections() {
  // Only the links the limiter visits hold a flux (FluxLimiter::for_each_link); the others none.
  for (std::size_t k = 0; k < watched_links_.size(); ++k)
    for (std::size_t i = 0; i < watched_links_[k].size(); ++i) {
      const std::size_t l = std::size_t(watched_links_[k][i]);
      const bool visited = limiter_.in_region(links_->n[l]) || limiter_.in_region(links_->m[l]);
      watched_before_[k][i] = visited ? link_flux_[l] : 0.0;
    }
}

void TransportSolver::add_watched_corrections(std::size_t s) {
  for (std::size_t k = 0; k < watched_links_.size(); ++k)
    for (std::size_t i = 0; i < watched_links_[k].size(); ++i) {
      const std::size_t l = std::size_t(watched_links_[k][i]);
      const bool visited = limiter_.in_region(links_->n[l]) || limiter_.in_region(links_->m[l]);
      const double left = visited ? link_flux_[l] : 0.0;  // what the limiter did not apply
      species_[s].watched_flux[k][i] += watched_before_[k][i] - left;
    }
}

void TransportSolver::add_watched_low_order(std::size_t s, const StepView& v) {
  const double* u = u_low_.data();
  for (std::size_t k = 0; k < watched_links_.size(); ++k)
    for (std::size_t i = 0; i < watched_links_[k].size(); ++i) {
      const std::int64_t l = watched_links_[k][i];
      species_[s].watched_flux[k][i] += system_.advection.link_flux(v, l, u) + system_.dispersion.link_flux(v, l, u);
    }
}

}  // namespace gwp::solver
