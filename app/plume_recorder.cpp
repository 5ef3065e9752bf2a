#include "app/plume_recorder.hpp"

#include "app/receptor_discharge.hpp"
#include "models/standards.hpp"
#include "postprocess/plume_metrics.hpp"
#include "solver/flow/saturation.hpp"
#include "solver/transport/mass_budget.hpp"

namespace gwp::app {

namespace {

// Saturated thickness (m) of every cell for the heads of `flow`: the whole cell in confined
// layers, the part below the head in convertible ones.
std::vector<double> saturated_thickness(const model::Model& m, const FlowSolution& flow) {
  const Grid& g = m.grid->grid;
  std::vector<double> b(std::size_t(g.cell_count()), 0.0);
  for (std::int64_t n = 0; n < g.cell_count(); ++n) {
    if (!g.active[std::size_t(n)]) continue;
    const double top = g.cell_top(n), bottom = g.cell_bottom(n);
    const bool convertible = m.flow.layer_type[std::size_t(g.cell(n).k)] == LayerType::convertible;
    b[std::size_t(n)] = convertible ? gwp::saturated_thickness(flow.head[std::size_t(n)], top, bottom) : top - bottom;
  }
  return b;
}

const char* mass_flux_kind(const MassBudgetLine& line) {
  return line.category == MassTerm::connection_group ? "connection" : to_string(line.kind);
}

}  // namespace

PlumeRecorder::PlumeRecorder(const model::Model& m) : model_(m) {
  for (const model::Landfill& l : m.source.landfills) sources_.push_back({l.name, {l.polygon.begin(), l.polygon.end()}});
  for (const model::AbandonedWell& w : m.source.abandoned_wells) sources_.push_back({w.name, {{w.at[0], w.at[1]}}});
  for (const SpeciesProblem& sp : m.transport.species) {
    post::PlumeLimits limits;
    limits.limit = sp.limit;
    if (auto standard = model::gbt14848_limits(sp.name)) limits.class_iii = standard->class_iii;
    limits_.push_back(limits);
    watch_.emplace_back(m.monitoring.size(), post::ExceedanceWatch(sp.limit));
    receptors_.emplace_back(m.receptors.size(), ReceptorWatch{post::ExceedanceWatch(sp.limit)});
  }
}

void PlumeRecorder::on_step(const TransportSolver& transport, const FlowSolution& water, double t) {
  for (std::size_t s = 0; s < watch_.size(); ++s) {
    for (std::size_t p = 0; p < model_.monitoring.size(); ++p)
      watch_[s][p].add(t, transport.concentration(s)[std::size_t(model_.monitoring[p].cell)]);
    for (std::size_t r = 0; r < model_.receptors.size(); ++r) {
      const model::ReceptorOutput& receptor = model_.receptors[r];
      ReceptorWatch& w = receptors_[s][r];
      double c = 0.0;
      if (receptor.kind == model::ReceptorOutput::Kind::point) {
        c = transport.concentration(s)[std::size_t(model_.monitoring[receptor.index].cell)];
      } else {
        const TermDischarge d = term_discharge(water, transport.budget(s), receptor.index);
        c = d.concentration;
        if (!(d.mass <= w.peak_mass_flux)) w.peak_mass_flux = d.mass;  // also replaces the initial NaN
      }
      w.exceedance.add(t, c);
      if (!(c <= w.peak)) {  // also replaces the initial NaN
        w.peak = c;
        w.peak_time = t;
      }
    }
  }
}

void PlumeRecorder::at_output(const TransportSolver& transport, const FlowSolution& flow, double t,
                              MetricsSink& sink) const {
  const Grid& g = model_.grid->grid;
  const std::vector<double> water = post::water_volumes(g, model_.transport.porosity, saturated_thickness(model_, flow));
  for (std::size_t s = 0; s < transport.species_count(); ++s) {
    const std::vector<double>& c = transport.concentration(s);
    const MassBudget& budget = transport.budget(s);
    post::MetricsTable table;
    table.summary.push_back(post::summarise_plume(g, t, c, water, limits_[s], budget.sorbed_mass));
    table.distance = post::source_distances(g, t, c, limits_[s].limit, sources_);
    for (const MassBudgetLine& line : budget.lines)
      if (line.category == MassTerm::flow_term || line.category == MassTerm::connection_group)
        table.mass_flux.push_back({t, line.term, mass_flux_kind(line), line.rate_in, line.rate_out});
    sink.write_metrics(transport.species_name(s), table);
  }
}

void PlumeRecorder::finish(MetricsSink& sink) const {
  for (std::size_t s = 0; s < watch_.size(); ++s) {
    post::MetricsTable table;
    for (std::size_t p = 0; p < model_.monitoring.size(); ++p)
      table.first_exceedance.push_back({model_.monitoring[p].name, watch_[s][p].time()});
    for (std::size_t r = 0; r < model_.receptors.size(); ++r) {
      const model::ReceptorOutput& receptor = model_.receptors[r];
      const ReceptorWatch& w = receptors_[s][r];
      const bool point = receptor.kind == model::ReceptorOutput::Kind::point;
      table.receptors.push_back({receptor.name, point ? "point" : "boundary", w.exceedance.time(), w.peak, w.peak_time,
                                 point ? post::kNoValue : w.peak_mass_flux});
    }
    if (!table.first_exceedance.empty() || !table.receptors.empty())
      sink.write_metrics(model_.transport.species[s].name, table);
  }
}

}  // namespace gwp::app
