#include "app/plume_recorder.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "app/receptor_discharge.hpp"
#include "models/standards.hpp"
#include "postprocess/metrics/connected_plume.hpp"
#include "solver/flow/saturation.hpp"
#include "solver/transport/mass_budget.hpp"

namespace gwp::app {

namespace {

// Saturated thickness (m) of every cell for the heads of `flow`: the whole cell in confined
// layers, the part below the head in convertible ones.
std::vector<double> saturated_thickness(const model::Model& m, const solver::FlowSolution& flow) {
  const Grid& g = m.grid->grid;
  std::vector<double> b(std::size_t(g.cell_count()), 0.0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    if (!g.active[std::size_t(n)]) continue;
    const double top = g.cell_top(n), bottom = g.cell_bottom(n);
    const bool convertible = m.flow.layer_type[std::size_t(g.cell(n).k)] == solver::LayerType::convertible;
    b[std::size_t(n)] =
        convertible ? gwp::solver::saturated_thickness(flow.head[std::size_t(n)], top, bottom) : top - bottom;
  }
  return b;
}

const char* mass_flux_kind(const solver::MassBudgetLine& line) {
  return line.category == solver::MassTerm::connection_group ? "connection" : to_string(line.kind);
}

std::size_t group_index(const solver::FlowProblem& flow, const std::string& name) {
  for (std::size_t g = 0; g < flow.extra_connections.size(); ++g)
    if (flow.extra_connections[g].name == name) return g;
  throw std::logic_error("no connection group '" + name + "' in the flow problem");
}

}  // namespace

PlumeRecorder::PlumeRecorder(const model::Model& m, const solver::TransportSolver& transport,
                             const ControlPlaneFlux* lines)
    : model_(m), lines_(lines), layers_(model::metrics_layers(m.source.metrics, m.grid->layers)) {
  if (!m.control_planes.empty() && !lines)
    throw std::logic_error("the plume metrics of control planes need what passes them (ControlPlaneFlux)");
  const Grid& g = m.grid->grid;
  const model::LayerTable& table = m.grid->layers;
  counted_ = metrics::cells_of_layers(g, layers_.grid_layers);
  for (int k = 0; k < g.nz; ++k) case_layer_of_.push_back(model::case_layer_of(table, k));
  for (const model::Landfill& l : m.source.landfills) landfills_.push_back({l.name, {l.polygon.begin(), l.polygon.end()}});

  // Every abandoned well has a distance row; those whose bore joins cells also a ledger, with the
  // bore's cells grouped by case layer, top down.
  std::vector<BoreCells> bore_cells;
  for (const model::AbandonedWell& w : m.source.abandoned_wells) {
    abandoned_wells_.push_back(w.name);
    const auto found = std::find_if(m.abandoned_wells.begin(), m.abandoned_wells.end(),
                                    [&](const model::AbandonedWellBore& b) { return b.name == w.name; });
    bore_of_.push_back(found == m.abandoned_wells.end() ? -1 : int(bores_.size()));
    if (found == m.abandoned_wells.end()) continue;
    Bore bore{group_index(m.flow, "abandoned_well:" + w.name), {}, {w.at[0], w.at[1]}};
    BoreCells cells{w.name, found->cells, {}, {}};
    for (std::int64_t n : found->cells) {
      const std::size_t entry = case_layer_of_[std::size_t(g.cell(n).k)];
      if (bore.case_layer.empty() || bore.case_layer.back() != entry) {
        bore.case_layer.push_back(entry);
        cells.layers.push_back(model::case_layer_name(table, entry));
      }
      cells.layer.push_back(bore.case_layer.size() - 1);
    }
    bores_.push_back(std::move(bore));
    bore_cells.push_back(std::move(cells));
  }

  // Receptors, then every pumping well that no receptor or monitoring point is named after: a
  // supply well's water is judged every step whether or not the case names it a receptor.
  for (const model::ReceptorOutput& r : m.receptors)
    watched_.push_back({r.name,
                        r.kind == model::ReceptorOutput::Kind::point  ? "point"
                        : r.kind == model::ReceptorOutput::Kind::line ? "line"
                                                                      : "boundary",
                        r.index});
  for (const model::PumpingWellOutput& w : m.pumping_wells) {
    const auto named = [&](const auto& list) {
      return std::any_of(list.begin(), list.end(), [&](const auto& e) { return e.name == w.name; });
    };
    if (!named(watched_) && !named(m.monitoring)) watched_.push_back({w.name, "well", w.term});
  }
  for (std::size_t s = 0; s < m.transport.species.size(); ++s) {
    const solver::SpeciesProblem& sp = m.transport.species[s];
    metrics::PlumeLimits limits;
    limits.limit = sp.limit;
    if (auto standard = model::gbt14848_limits(sp.name)) limits.class_iii = standard->class_iii;
    limits_.push_back(limits);
    const std::vector<double>& c0 = transport.concentration(s);
    // The state the run starts from is the first sample of every point.
    points_.emplace_back(m.monitoring.size(), metrics::ExceedanceWatch(sp.limit));
    for (std::size_t p = 0; p < m.monitoring.size(); ++p)
      points_[s][p].add(transport.time(), c0[std::size_t(m.monitoring[p].cell)]);
    watches_.emplace_back(watched_.size(), Watch{metrics::ExceedanceWatch(sp.limit)});
    for (std::size_t r = 0; r < watched_.size(); ++r) {
      if (watched_[r].kind != "point") continue;  // a boundary or well discharges nothing before a step
      const double c = c0[std::size_t(m.monitoring[watched_[r].index].cell)];
      Watch& w = watches_[s][r];
      w.exceedance.add(transport.time(), c);
      w.peak = c;
      w.peak_time = transport.time();
    }
    ledgers_.emplace_back();
    for (std::size_t b = 0; b < bores_.size(); ++b)
      ledgers_[s].emplace_back(bore_cells[b], bore_slots(transport.group_cells(bores_[b].group), bore_cells[b]),
                               transport.time());
  }
}

double PlumeRecorder::watched_concentration(const Watched& w, const solver::TransportSolver& transport,
                                            const solver::FlowSolution& water, std::size_t s, double* mass_flux) const {
  if (w.kind == "point") return transport.concentration(s)[std::size_t(model_.monitoring[w.index].cell)];
  if (w.kind == "line") {
    const LineDischarge& d = lines_->discharge(w.index, s);
    *mass_flux = d.net;
    return d.concentration;
  }
  const TermDischarge d = term_discharge(water, transport.budget(s), w.index);
  *mass_flux = d.mass;
  return d.concentration;
}

void PlumeRecorder::on_step(const solver::TransportSolver& transport, const solver::FlowSolution& water, double t) {
  for (std::size_t s = 0; s < points_.size(); ++s) {
    const std::vector<double>& c = transport.concentration(s);
    for (std::size_t p = 0; p < model_.monitoring.size(); ++p)
      points_[s][p].add(t, c[std::size_t(model_.monitoring[p].cell)]);
    for (std::size_t r = 0; r < watched_.size(); ++r) {
      Watch& w = watches_[s][r];
      double mass_flux = metrics::kNoValue;
      const double value = watched_concentration(watched_[r], transport, water, s, &mass_flux);
      if (!(mass_flux <= w.peak_mass_flux)) w.peak_mass_flux = mass_flux;  // also replaces the initial NaN
      w.exceedance.add(t, value);
      if (!(value <= w.peak)) {  // also replaces the initial NaN
        w.peak = value;
        w.peak_time = t;
      }
    }
    for (std::size_t b = 0; b < ledgers_[s].size(); ++b)
      ledgers_[s][b].add_step(t, transport.group_exchange(s, bores_[b].group));
  }
}

double PlumeRecorder::bore_distance(std::size_t s, std::size_t b, const std::vector<double>& c,
                                    const metrics::CellMask& counted) const {
  const BoreMassLedger& ledger = ledgers_[s][b];
  const Bore& bore = bores_[b];
  const std::vector<double> net = ledger.net_in();
  const double exchanged = ledger.total_in();
  // The case layers the bore delivered into, beyond the rounding of what it moved at all.
  std::vector<std::uint8_t> into(model_.grid->layers.entries.size(), 0);
  for (std::size_t l = 0; l < net.size(); ++l)
    if (exchanged > 0.0 && net[l] > 1e-9 * exchanged) into[bore.case_layer[l]] = 1;
  const Grid& g = model_.grid->grid;
  metrics::CellMask delivered(counted.size(), 0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n)
    delivered[std::size_t(n)] = counted[std::size_t(n)] && into[case_layer_of_[std::size_t(g.cell(n).k)]];
  return metrics::bore_plume_distance(g, c, limits_[s].limit, delivered, ledger.bore().cells, bore.at);
}

void PlumeRecorder::at_output(const solver::TransportSolver& transport, const solver::FlowSolution& flow, double t,
                              MetricsSink& sink) {
  const Grid& g = model_.grid->grid;
  const std::vector<double> water =
      metrics::water_volumes(g, model_.transport.porosity, saturated_thickness(model_, flow));
  // The cells the figures count now: those of the metrics layers that hold water. A dry cell
  // keeps the concentration it last had, but no mass and no groundwater to exceed a limit.
  metrics::CellMask counted = counted_;
  for (std::size_t n = 0; n < counted.size(); ++n)
    if (!(water[n] > 0.0)) counted[n] = 0;
  for (std::size_t s = 0; s < transport.species_count(); ++s) {
    const std::vector<double>& c = transport.concentration(s);
    const solver::MassBudget& budget = transport.budget(s);
    metrics::MetricsTable table;
    table.summary.push_back(metrics::summarise_plume(g, t, c, water, limits_[s], budget.sorbed_mass, counted));
    table.distance = metrics::source_distances(g, t, c, limits_[s].limit, landfills_, counted);
    for (std::size_t w = 0; w < abandoned_wells_.size(); ++w)
      table.distance.push_back(
          {t, abandoned_wells_[w],
           bore_of_[w] < 0 ? metrics::kNoValue : bore_distance(s, std::size_t(bore_of_[w]), c, counted)});
    for (const solver::MassBudgetLine& line : budget.lines)
      if (line.category == solver::MassTerm::flow_term || line.category == solver::MassTerm::connection_group)
        table.mass_flux.push_back({t, line.term, mass_flux_kind(line), line.rate_in, line.rate_out});
    for (const BoreMassLedger& ledger : ledgers_[s])
      for (metrics::BoreLayerMass& row : ledger.rows(t)) table.abandoned_wells.push_back(std::move(row));
    if (!layers_written_) table.metrics_layers = layers_.names;
    sink.write_metrics(transport.species_name(s), table);
  }
  layers_written_ = true;
}

void PlumeRecorder::finish(MetricsSink& sink) const {
  for (std::size_t s = 0; s < points_.size(); ++s) {
    metrics::MetricsTable table;
    for (std::size_t p = 0; p < model_.monitoring.size(); ++p)
      table.first_exceedance.push_back({model_.monitoring[p].name, points_[s][p].time()});
    for (std::size_t r = 0; r < watched_.size(); ++r) {
      const Watch& w = watches_[s][r];
      const bool point = watched_[r].kind == "point";
      table.receptors.push_back({watched_[r].name, watched_[r].kind, w.exceedance.time(), w.peak, w.peak_time,
                                 point ? metrics::kNoValue : w.peak_mass_flux});
    }
    if (!table.first_exceedance.empty() || !table.receptors.empty())
      sink.write_metrics(model_.transport.species[s].name, table);
  }
}

}  // namespace gwp::app
