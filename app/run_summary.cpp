#include "app/run_summary.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <ostream>

#include "core/calendar.hpp"
#include "core/short_number.hpp"

namespace gwp::app {

namespace {

std::string area_text(double square_metres) {
  if (std::isnan(square_metres)) return "no limit";
  return square_metres >= 1e4 ? short_number(square_metres / 1e4, 3) + " ha" : short_number(square_metres, 3) + " m2";
}

// The plume lines: one per output time, the species side by side.
void print_plumes(const model::Model& m, const std::vector<SpeciesPlume>& plumes, std::ostream& out) {
  if (plumes.empty() || plumes.front().at_outputs.empty()) return;
  const std::optional<Date>& start = m.source.time.start;
  out << "  plume            peak and area above the limit" << (m.source.metrics.layers.empty() ? "" : " (metrics layers)")
      << "\n";
  std::size_t width = 0;  // of the longest time label, so the figures line up
  for (const metrics::PlumeSummary& row : plumes.front().at_outputs)
    width = std::max(width, time_label(row.time, start).size());
  for (std::size_t k = 0; k < plumes.front().at_outputs.size(); ++k) {
    out << "    " << std::left << std::setw(int(width) + 2) << time_label(plumes.front().at_outputs[k].time, start)
        << std::right;
    for (std::size_t s = 0; s < plumes.size(); ++s) {
      const auto declared = std::find_if(m.source.species.begin(), m.source.species.end(),
                                         [&](const model::Species& d) { return d.name == plumes[s].species; });
      if (declared == m.source.species.end() || k >= plumes[s].at_outputs.size()) continue;
      out << (s ? "; " : "") << plume_text(*declared, plumes[s].at_outputs[k]);
    }
    out << "\n";
  }
}

}  // namespace

std::string plume_text(const model::Species& species, const metrics::PlumeSummary& row) {
  std::string text = species.label + " " + short_number(row.peak, 3) + " mg/L";
  if (species.limit)
    text += ", " + area_text(row.area_above_limit) + " above " + short_number(*species.limit, 3) + " mg/L";
  return text;
}

void print_summary(const model::Model& m, const RunSummary& s, const std::vector<SpeciesPlume>& plumes,
                   const std::string& result, std::ostream& out) {
  out << "\n" << m.source.name << (m.source.title.empty() ? "" : " - " + m.source.title) << "\n"
      << "  cells            " << s.cells << " (" << s.active_cells << " active)\n"
      << "  time             " << time_label(0.0, m.source.time.start) << " to "
      << time_label(m.source.time.end, m.source.time.start) << "\n"
      << "  flow solves      " << s.flow_solves << " (" << s.outer_iterations << " outer, " << s.linear_iterations
      << " linear iterations" << (s.linear_method.empty() ? "" : ", " + s.linear_method) << ")\n"
      << std::setprecision(3) << "  wall time        " << s.wall_seconds << " s (flow solver " << s.solve_seconds
      << " s)\n"
      << "  flow balance     " << std::scientific << s.max_flow_discrepancy_percent << std::defaultfloat
      << " % largest discrepancy\n";
  if (!m.transport.species.empty())
    out << "  transport        " << m.transport.species.size() << " species, " << s.transport_steps << " steps, "
        << s.transport_seconds << " s\n"
        << "    phases         corrections " << s.transport_phases.corrections << " s, assembly "
        << s.transport_phases.assembly << " s, linear solves " << s.transport_phases.linear_solve << " s ("
        << s.transport_linear_iterations << " iterations), budget " << s.transport_phases.budget << " s\n"
        << "  mass balance     " << std::scientific << s.max_mass_discrepancy_percent << std::defaultfloat
        << " % largest discrepancy\n";
  print_plumes(m, plumes, out);
  out << "  output           " << s.output_seconds << " s writing results\n"
      << "  result           " << result << "\n";
  for (const auto& w : m.warnings) out << "  warning: " << w << "\n";
  for (const auto& w : s.warnings) out << "  warning: " << w << "\n";
}

}  // namespace gwp::app
