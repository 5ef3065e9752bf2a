#include "solver/transport/flow_interface.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "solver/common/parallel.hpp"
#include "solver/flow/saturation.hpp"

namespace gwp::solver {

namespace {

void check_fits(const FlowProblem& p, const Connections& links, const FlowSolution& s) {
  const std::size_t cells = std::size_t(p.grid->cell_count());
  auto fail = [&](const std::string& what) {
    throw std::invalid_argument("flow solution at t = " + std::to_string(s.time) +
                                " d does not fit the transport model: " + what);
  };
  if (s.head.size() != cells) fail(std::to_string(s.head.size()) + " heads for " + std::to_string(cells) + " cells");
  if (s.connection_flow.size() != std::size_t(links.grid_count))
    fail(std::to_string(s.connection_flow.size()) + " connection flows for " +
         std::to_string(links.grid_count) + " grid links");
  if (s.term_flow.size() != p.terms.size())
    fail(std::to_string(s.term_flow.size()) + " term flows for " + std::to_string(p.terms.size()) + " terms");
  for (std::size_t t = 0; t < p.terms.size(); ++t)
    if (s.term_flow[t].size() != p.terms[t].cells.size())
      fail("term '" + p.terms[t].name + "' has " + std::to_string(s.term_flow[t].size()) +
           " flows for " + std::to_string(p.terms[t].cells.size()) + " cells");
  if (!s.term_cells.empty()) {
    if (s.term_cells.size() != p.terms.size())
      fail(std::to_string(s.term_cells.size()) + " term cell lists for " + std::to_string(p.terms.size()) + " terms");
    for (std::size_t t = 0; t < p.terms.size(); ++t)
      if (s.term_cells[t].size() != p.terms[t].cells.size())
        fail("term '" + p.terms[t].name + "' acts on " + std::to_string(s.term_cells[t].size()) + " cells, not " +
             std::to_string(p.terms[t].cells.size()));
  }
  if (s.extra_flow.size() != p.extra_connections.size())
    fail(std::to_string(s.extra_flow.size()) + " connection-group flows for " +
         std::to_string(p.extra_connections.size()) + " groups");
  for (std::size_t g = 0; g < p.extra_connections.size(); ++g)
    if (s.extra_flow[g].size() != p.extra_connections[g].n.size())
      fail("connection group '" + p.extra_connections[g].name + "' has " +
           std::to_string(s.extra_flow[g].size()) + " flows for " +
           std::to_string(p.extra_connections[g].n.size()) + " pairs");
  if (!s.storage_flow.empty() && s.storage_flow.size() != cells)
    fail(std::to_string(s.storage_flow.size()) + " storage flows for " + std::to_string(cells) + " cells");
}

}  // namespace

void read_flow(const FlowProblem& p, const Connections& links, const std::vector<double>& porosity,
               const FlowSolution& s, TransportFlow& out) {
  check_fits(p, links, s);
  const Grid& g = *p.grid;
  const std::int64_t cells = g.cell_count();
  const std::size_t nc = std::size_t(cells);
  out.time = s.time;

  out.link_flow.resize(std::size_t(links.size()));
  std::copy(s.connection_flow.begin(), s.connection_flow.end(), out.link_flow.begin());
  for (std::int64_t l = links.grid_count; l < links.size(); ++l) {
    const std::size_t e = std::size_t(l - links.grid_count);
    out.link_flow[std::size_t(l)] =
        s.extra_flow[std::size_t(links.extra_set[e])][std::size_t(links.extra_index[e])];
  }
  out.term_flow = s.term_flow;
  out.term_cells.resize(p.terms.size());
  for (std::size_t t = 0; t < p.terms.size(); ++t)
    out.term_cells[t] = s.term_cells.empty() ? p.terms[t].cells : s.term_cells[t];

  out.volume.assign(nc, 0.0);
  out.volume_release.assign(nc, 0.0);
  out.saturated_thickness.assign(nc, 0.0);
  out.no_water.assign(nc, 1);
  for (std::int64_t n = 0; n < cells; ++n) {
    if (!g.active[std::size_t(n)]) continue;
    const bool confined = p.layer_type[std::size_t(g.cell(n).k)] == LayerType::confined;
    const double b = confined ? g.thickness(n)
                              : saturated_thickness(s.head[std::size_t(n)], g.cell_top(n), g.cell_bottom(n));
    const bool dry = (!s.dry.empty() && s.dry[std::size_t(n)]) || !(b > 0.0);
    out.saturated_thickness[std::size_t(n)] = dry ? 0.0 : b;
    out.volume[std::size_t(n)] = dry ? 0.0 : g.area(n) * b;
    out.no_water[std::size_t(n)] = dry;
    if (!s.storage_flow.empty()) out.volume_release[std::size_t(n)] = s.storage_flow[std::size_t(n)] / porosity[std::size_t(n)];
  }

  // Water balance of every cell: inflow, outflow, and what the flow solution leaves unbalanced.
  out.term_outflow.assign(nc, 0.0);
  out.water_inflow.assign(nc, 0.0);
  out.water_outflow.assign(nc, 0.0);
  out.imbalance.assign(nc, 0.0);
  for (std::size_t t = 0; t < p.terms.size(); ++t)
    for (std::size_t i = 0; i < p.terms[t].cells.size(); ++i) {
      const std::size_t n = std::size_t(out.term_cells[t][i]);
      const double q = s.term_flow[t][i];
      if (q > 0.0) out.water_inflow[n] += q;
      else {
        out.term_outflow[n] -= q;
        out.water_outflow[n] -= q;
      }
      out.imbalance[n] += q;
    }
  parallel_for(0, cells, [&](std::int64_t n) {
    const std::size_t c = std::size_t(n);
    if (!g.active[c]) return;
    double in = 0.0, out_flow = 0.0;
    for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
      const std::int64_t l = links.adjacency_link[std::size_t(e)];
      const double q_in = links.n[std::size_t(l)] == n ? -out.link_flow[std::size_t(l)] : out.link_flow[std::size_t(l)];
      if (q_in > 0.0) in += q_in;
      else out_flow -= q_in;
    }
    out.water_inflow[c] += in;
    out.water_outflow[c] += out_flow;
    out.imbalance[c] += in - out_flow + (s.storage_flow.empty() ? 0.0 : s.storage_flow[c]);
  });

  // Cell-centred Darcy flux: per axis the mean of the fluxes through the cell's two faces, each
  // face flow divided by the face's area in this cell (width times the cell's saturated
  // thickness for side faces, plan area for top and bottom); a face without a link passes none.
  out.darcy_flux.assign(3 * nc, 0.0);
  for (std::int64_t l = 0; l < links.grid_count; ++l) {
    const std::size_t i = std::size_t(l);
    const std::int64_t n = links.n[i], m = links.m[i];
    const double q = out.link_flow[i];
    if (links.axis[i] == Axis::z) {
      const double flux = -q / links.plan_area[i];  // n above m: n -> m is downward (-z)
      out.darcy_flux[std::size_t(3 * n + 2)] += 0.5 * flux;
      out.darcy_flux[std::size_t(3 * m + 2)] += 0.5 * flux;
      continue;
    }
    const int component = links.axis[i] == Axis::x ? 0 : 1;
    const double sign = links.axis[i] == Axis::x ? 1.0 : -1.0;  // y: n north of m, n -> m is -y
    for (std::int64_t cell : {n, m}) {
      const double area = links.width[i] * out.saturated_thickness[std::size_t(cell)];
      if (area > 0.0) out.darcy_flux[std::size_t(3 * cell + component)] += 0.5 * sign * q / area;
    }
  }
}

}  // namespace gwp::solver
