#include "app/attenuation_recorder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/metrics_layers.hpp"
#include "postprocess/metrics/bulk_attenuation.hpp"
#include "postprocess/metrics/centre_velocity.hpp"
#include "postprocess/metrics/plume_axis.hpp"
#include "postprocess/metrics/plume_metrics.hpp"
#include "postprocess/metrics/series_trend.hpp"
#include "solver/transport/isotherm.hpp"

namespace gwp::app {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

// The area centroid of an outline (its vertex if it is a point, their mean if it has no area).
Point outline_centre(const Polygon& outline) {
  double area = 0.0, cx = 0.0, cy = 0.0, mx = 0.0, my = 0.0;
  for (std::size_t i = 0; i < outline.size(); ++i) {
    const Point& a = outline[i];
    const Point& b = outline[(i + 1) % outline.size()];
    const double cross = a[0] * b[1] - b[0] * a[1];
    area += 0.5 * cross;
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
    mx += a[0] / double(outline.size());
    my += a[1] / double(outline.size());
  }
  if (std::abs(area) > 0.0) return {cx / (6.0 * area), cy / (6.0 * area)};
  return {mx, my};
}

}  // namespace

AttenuationRecorder::AttenuationRecorder(const model::Model& m, results::Observer& next)
    : model_(m), next_(next) {
  std::vector<double> outputs = m.source.time.outputs;
  if (outputs.empty()) outputs.push_back(m.source.time.end);  // as the run stores them
  trend_from_ = m.source.metrics.trend_from.value_or(outputs.front());
  times_ = metrics::trend_times(outputs, trend_from_);
  for (const solver::SpeciesProblem& sp : m.transport.species) species_.push_back(sp.name);
  summary_.resize(species_.size());
  last_concentration_.resize(species_.size());
}

void AttenuationRecorder::on_flow_output(const results::FlowOutput& o) {
  next_.on_flow_output(o);
  last_flux_ = o.darcy_flux;
  if (o.head) last_head_ = *o.head;
}

void AttenuationRecorder::on_transport_output(const results::TransportOutput& o) {
  next_.on_transport_output(o);
  for (const results::SpeciesOutput& s : o.species) {
    const auto found = std::find(species_.begin(), species_.end(), s.name);
    if (found != species_.end() && s.concentration)
      last_concentration_[std::size_t(found - species_.begin())] = *s.concentration;
  }
}

void AttenuationRecorder::on_series(const std::string& path, const std::string& units, double time,
                                    const std::vector<double>& values) {
  next_.on_series(path, units, time, values);
  if (values.empty() || !path.starts_with("monitoring/")) return;
  auto found = series_index_.find(path);
  if (found == series_index_.end()) {
    // A concentration series is "monitoring/<name>/<species>"; heads and mass fluxes are not.
    const std::string rest = path.substr(std::string("monitoring/").size());
    const std::size_t slash = rest.find('/');
    if (slash == std::string::npos || rest.find('/', slash + 1) != std::string::npos) return;
    const auto sp = std::find(species_.begin(), species_.end(), rest.substr(slash + 1));
    if (sp == species_.end()) return;
    const std::size_t s = std::size_t(sp - species_.begin());
    series_.push_back({rest.substr(0, slash), s, metrics::SeriesSampler(times_),
                       metrics::BelowLimitWatch(model_.transport.species[s].limit)});
    found = series_index_.emplace(path, series_.size() - 1).first;
  }
  Series& series = series_[found->second];
  series.sampler.add(time, values.front());
  series.below.add(time, values.front());
}

void AttenuationRecorder::on_metrics(const std::string& species, const metrics::MetricsTable& rows) {
  const auto sp = std::find(species_.begin(), species_.end(), species);
  if (sp == species_.end()) return;
  auto& summary = summary_[std::size_t(sp - species_.begin())];
  summary.insert(summary.end(), rows.summary.begin(), rows.summary.end());
  for (const metrics::ReceptorSummary& r : rows.receptors) receptor_kind_[r.receptor] = r.kind;
}

double AttenuationRecorder::contaminant_velocity(std::size_t s, const std::vector<std::int64_t>& cells,
                                                 const std::array<double, 2>& u) const {
  const solver::TransportProblem& tp = model_.transport;
  const std::vector<double>& c = last_concentration_[s];
  if (cells.empty() || last_flux_.size() != 3 * c.size()) return kNone;
  std::vector<double> velocity;
  for (std::int64_t n : cells) {
    const std::size_t i = std::size_t(n);
    const double porosity = tp.porosity[i];
    const double q = last_flux_[3 * i] * u[0] + last_flux_[3 * i + 1] * u[1];  // m/d along the axis
    const double bulk_density = tp.bulk_density.empty() ? 0.0 : tp.bulk_density[i];
    // The local retardation: the isotherm's slope at the cell's concentration (Kd when linear).
    const solver::Isotherm iso = solver::isotherm_of(tp.species[s], n);
    const double r = iso.model == solver::SorptionModel::none
                         ? 1.0
                         : solver::retardation_factor(bulk_density, solver::sorbed_slope(iso, c[i]), porosity);
    velocity.push_back(q / porosity / r);
  }
  // The median: a cell at a boundary or at the source, whose cell-centred flux averages a closed
  // face with an open one (half the velocity of its neighbours), does not set it.
  std::sort(velocity.begin(), velocity.end());
  const std::size_t mid = velocity.size() / 2;
  return velocity.size() % 2 ? velocity[mid] : 0.5 * (velocity[mid - 1] + velocity[mid]);
}

metrics::PlumeTrend AttenuationRecorder::plume_trend(std::size_t s) const {
  metrics::PlumeTrend row;
  const std::vector<metrics::PlumeSummary>& summary = summary_[s];
  std::vector<double> t, x, y, mass, all_t, area;
  bool area_known = !summary.empty();
  for (const metrics::PlumeSummary& r : summary) {
    all_t.push_back(r.time);
    area.push_back(r.area_above_limit);
    if (std::isnan(r.area_above_limit)) area_known = false;
    // The output times the trends use (as trend_times(), to the rounding of a step's end).
    if (!(r.time > 0.0) || r.time < trend_from_ - 1e-9 * std::max(1.0, trend_from_)) continue;
    t.push_back(r.time);
    x.push_back(r.centre[0]);
    y.push_back(r.centre[1]);
    mass.push_back(r.dissolved_mass);
  }
  const metrics::PlanVelocity v = metrics::centre_velocity(t, x, y);
  row.centre_speed = v.speed;
  row.centre_direction = v.direction;
  const metrics::PointTrend mass_trend = metrics::point_trend("", "", t, mass, kNone);
  row.mass_s = mass_trend.s;
  row.mass_z = mass_trend.z;
  row.mass_confidence = mass_trend.confidence;
  row.mass_trend = mass_trend.trend;
  row.mass_sen_slope = mass_trend.sen_slope;
  // The area above the limit is 0 from the output time it last reached 0 on.
  if (area_known) row.below_limit_from = metrics::below_limit_from(all_t, area, 0.0);

  // The bulk rate from the field of the last output time, along the plume's axis.
  const std::vector<double>& c = last_concentration_[s];
  const Grid& g = model_.grid->grid;
  if (c.size() != std::size_t(g.cell_count())) return row;
  metrics::CellMask counted =
      metrics::cells_of_layers(g, model::metrics_layers(model_.source.metrics, model_.grid->layers).grid_layers);
  // A dry cell keeps its last concentration but holds no groundwater.
  if (last_head_.size() == counted.size())
    for (std::int64_t n = 0; n < g.cell_count(); ++n)
      if (model_.flow.layer_type[std::size_t(g.cell(n).k)] == solver::LayerType::convertible &&
          !(last_head_[std::size_t(n)] > g.cell_bottom(n)))
        counted[std::size_t(n)] = 0;
  const metrics::Peak peak = metrics::peak_concentration(g, c, counted);
  if (!peak.cell || !(peak.value > 0.0)) return row;
  const auto peak_xy = g.to_world(g.x_centre(peak.cell->j), g.y_centre(peak.cell->i));
  // The origin: the centre of the source nearest to the peak (a landfill, an abandoned well).
  Point origin{peak_xy[0], peak_xy[1]};
  double nearest = std::numeric_limits<double>::infinity();
  const auto consider = [&](const Point& p) {
    const double d = std::hypot(p[0] - peak_xy[0], p[1] - peak_xy[1]);
    if (d < nearest) {
      nearest = d;
      origin = p;
    }
  };
  for (const model::Landfill& l : model_.source.landfills) consider(outline_centre(l.polygon));
  for (const model::AbandonedWell& w : model_.source.abandoned_wells) consider({w.at[0], w.at[1]});
  const metrics::AxisProfile profile = metrics::plume_axis_profile(g, c, counted, origin);
  const double velocity = contaminant_velocity(s, profile.cell, profile.direction());
  if (profile.distance.size() < 3 || !(velocity > 0.0)) return row;  // no axis, or not downstream
  const metrics::BulkRate bulk = metrics::bulk_attenuation_rate(profile.distance, profile.concentration, velocity);
  row.bulk_rate = bulk.rate * metrics::kTrendDaysPerYear;
  row.bulk_rate_r2 = bulk.r2;
  row.lambda = metrics::buscheck_alcantar_rate(bulk.rate, velocity, model_.transport.alpha_l) *
               metrics::kTrendDaysPerYear;
  return row;
}

std::vector<std::pair<std::string, metrics::MnaEvidence>> AttenuationRecorder::evidence() const {
  std::vector<std::pair<std::string, metrics::MnaEvidence>> out;
  for (std::size_t s = 0; s < species_.size(); ++s) {
    metrics::MnaEvidence e;
    e.trend_from = trend_from_;
    for (const Series& series : series_) {
      if (series.species != s) continue;
      const auto kind = receptor_kind_.find(series.name);
      e.trends.push_back(metrics::point_trend(series.name, kind == receptor_kind_.end() ? "point" : kind->second,
                                              times_, series.sampler.values(), series.below.time(),
                                              series.below.limit()));
    }
    e.plume = plume_trend(s);
    out.emplace_back(species_[s], std::move(e));
  }
  return out;
}

}  // namespace gwp::app
