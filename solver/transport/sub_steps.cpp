#include "solver/transport/sub_steps.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "core/errors.hpp"
#include "solver/common/parallel.hpp"
#include "solver/transport/isotherm.hpp"

namespace gwp::solver {

namespace {

double at(const std::vector<double>& v, std::int64_t cell) { return v.empty() ? 0.0 : v[std::size_t(cell)]; }

constexpr int kChunks = 64;

}  // namespace

double time_weight(TimeWeighting weighting) {
  switch (weighting) {
    case TimeWeighting::implicit: return 1.0;
    case TimeWeighting::crank_nicolson: return 0.5;
    case TimeWeighting::explicit_: return 0.0;
  }
  return 1.0;
}

double courant_target(const TransportSettings& s) {
  if (s.max_courant > 0.0) return s.max_courant;
  return time_weight(s.weighting) < 1.0 ? 1.0 : 0.0;
}

bool steps_depend_on_flow(const TransportSettings& s) {
  return time_weight(s.weighting) < 1.0 || courant_target(s) > 0.0;
}

StepLimit flow_step_limit(const TransportProblem& p, const Connections& links, const TransportFlow& flow,
                          const Dispersion& dispersion, double t0, double t1) {
  const TransportSettings& s = p.settings;
  const double w = time_weight(s.weighting);
  const double target = courant_target(s);
  const bool courant = target > 0.0;
  const bool stability = w < 1.0;
  StepLimit limit;
  if (s.max_step < limit.length) limit = {s.max_step, StepLimit::Kind::max_step};
  if (!courant && !stability) return limit;

  const std::int64_t cells = links.cell_count;
  const std::int64_t per = (cells + kChunks - 1) / kChunks;
  std::array<StepLimit, kChunks> shortest;
  parallel_for(0, kChunks, [&](std::int64_t k) {
    StepLimit best;
    for (std::int64_t cell = k * per; cell < std::min(cells, (k + 1) * per); ++cell) {
      const std::size_t c = std::size_t(cell);
      if (!p.grid->active[c] || flow.no_water[c]) continue;
      const double volume = std::min(flow.volume_at(cell, t0), flow.volume_at(cell, t1));
      const double water = p.porosity[c] * volume;
      const double outflow = flow.water_outflow[c] + std::max(flow.imbalance[c], 0.0);
      double exchange = 0.0;
      if (stability)
        for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e)
          exchange += dispersion.conductance(links.adjacency_link[std::size_t(e)], 0.0);
      for (std::size_t sp_index = 0; sp_index < p.species.size(); ++sp_index) {
        const SpeciesProblem& sp = p.species[sp_index];
        const double rho = p.bulk_density.empty() ? 0.0 : p.bulk_density[c];
        const double kd = sp.sorption == SorptionModel::linear ? at(sp.kd, cell) : 0.0;
        const double held = water + rho * volume * kd;  // theta V R (m3)
        if (courant && outflow > 0.0 && target * held / outflow < best.length)
          best = {target * held / outflow, StepLimit::Kind::courant, cell, sp_index};
        if (!stability) continue;
        double x = outflow + exchange;
        if (sp.diffusion > 0.0)
          for (std::int64_t e = links.adjacency_start[c]; e < links.adjacency_start[c + 1]; ++e) {
            const std::int64_t link = links.adjacency_link[std::size_t(e)];
            x += dispersion.conductance(link, sp.diffusion) - dispersion.conductance(link, 0.0);
          }
        x += std::max(at(sp.decay_dissolved, cell), 0.0) * water +
             std::max(at(sp.decay_sorbed, cell), 0.0) * rho * volume * kd;
        if (x > 0.0 && held / ((1.0 - w) * x) < best.length)
          best = {held / ((1.0 - w) * x), StepLimit::Kind::stability, cell, sp_index};
      }
    }
    shortest[std::size_t(k)] = best;
  });
  for (const StepLimit& v : shortest)
    if (v.length < limit.length) limit = v;
  return limit;
}

StepLimit step_limit(const TransportProblem& p, const Connections& links, const TransportFlow& flow,
                     const Dispersion& dispersion, double t0, double t1) {
  StepLimit limit = flow_step_limit(p, links, flow, dispersion, t0, t1);
  // The accuracy limit's smallest value over the interval: its shortest steps.
  const Schedule& cap = p.settings.step_limit;
  double accuracy = cap.at(t0);
  for (double t : cap.changes_in(t0, t1))
    if (t < t1) accuracy = std::min(accuracy, cap.at(t));
  if (accuracy < limit.length) limit = {accuracy, StepLimit::Kind::step_limit};
  return limit;
}

double longest_step(const TransportProblem& p, const Connections& links, const TransportFlow& flow,
                    const Dispersion& dispersion, double t0, double t1) {
  return flow_step_limit(p, links, flow, dispersion, t0, t1).length;
}

std::vector<double> transport_schedule_changes(const TransportProblem& p, double t0, double t1) {
  std::vector<double> out;
  auto add = [&](const std::vector<double>& times) { out.insert(out.end(), times.begin(), times.end()); };
  add(p.settings.step_limit.changes_in(t0, t1));
  for (const SpeciesProblem& sp : p.species) {
    for (const SourceConcentration& c : sp.term_concentration) add(c.base.changes_in(t0, t1));
    for (const FixedConcentration& f : sp.fixed) add(f.value.changes_in(t0, t1));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<double> step_ends(double t0, double t1, double longest, const std::vector<double>& breaks,
                              long max_steps) {
  return step_ends(t0, t1, longest, breaks, Schedule::constant(std::numeric_limits<double>::infinity()), max_steps);
}

std::vector<double> step_ends(double t0, double t1, double longest, const std::vector<double>& breaks,
                              const Schedule& cap, long max_steps) {
  if (!(longest > 0.0))
    throw ModelFailure("transport step limit is " + std::to_string(longest) + " d over the interval " +
                       std::to_string(t0) + " to " + std::to_string(t1) + " d");
  std::vector<double> ends;
  double start = t0;
  std::vector<double> marks;
  for (double b : breaks)
    if (b > t0 && b < t1) marks.push_back(b);
  marks.push_back(t1);
  long total = 0;
  for (double end : marks) {
    if (!(end > start)) continue;
    const double length = end - start;
    const double here = std::min(longest, cap.at(start));
    // A step within a relative 1e-9 of the limit counts as fitting (rounding of the division).
    const double count = std::max(1.0, std::ceil(length / here * (1.0 - 1e-9)));
    total += long(std::min(count, double(max_steps) + 1.0));
    if (total > max_steps)
      throw ModelFailure("transport needs more than " + std::to_string(max_steps) + " steps between t = " +
                         std::to_string(t0) + " and " + std::to_string(t1) + " d (longest step allowed " +
                         std::to_string(here) + " d)");
    const long n = long(count);
    for (long i = 1; i < n; ++i) ends.push_back(start + length * double(i) / double(n));
    ends.push_back(end);
    start = end;
  }
  return ends;
}

}  // namespace gwp::solver
