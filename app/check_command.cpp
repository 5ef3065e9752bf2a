// `gwplume check`: validate a case and describe the model it makes, without solving.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <numeric>
#include <ostream>

#include "app/commands.hpp"
#include "app/exit_codes.hpp"
#include "app/feature_summary.hpp"
#include "app/memory_estimate.hpp"
#include "app/run_estimate.hpp"
#include "core/calendar.hpp"
#include "core/short_number.hpp"
#include "models/case_reader.hpp"
#include "models/metrics_layers.hpp"
#include "models/model.hpp"
#include "postprocess/metrics/series_trend.hpp"

namespace gwp::app {

namespace {

void print_layers(const model::Model& m, std::ostream& out) {
  const Grid& g = m.grid->grid;
  out << "layers (top down):\n";
  for (std::size_t e = 0; e < m.grid->layers.entries.size(); ++e) {
    const auto& entry = m.grid->layers.entries[e];
    double top = -std::numeric_limits<double>::infinity(), bottom = std::numeric_limits<double>::infinity();
    double kh_min = std::numeric_limits<double>::infinity(), kh_max = 0.0;
    std::int64_t active = 0;
    for (int k = entry.first; k < entry.first + entry.count; ++k)
      for (std::int64_t c = 0; c < g.column_count(); ++c) {
        const std::int64_t n = k * g.column_count() + c;
        if (!g.active[std::size_t(n)]) continue;
        ++active;
        top = std::max(top, g.cell_top(n));
        bottom = std::min(bottom, g.cell_bottom(n));
        kh_min = std::min(kh_min, m.fields.kh[std::size_t(n)]);
        kh_max = std::max(kh_max, m.fields.kh[std::size_t(n)]);
      }
    out << "  " << std::setw(2) << e + 1 << "  " << std::left << std::setw(20)
        << (entry.name.empty() ? "(unnamed)" : entry.name) << std::right << " grid layers " << entry.first + 1;
    if (entry.count > 1) out << "-" << entry.first + entry.count;
    out << ", " << active << " active cells";
    if (active > 0)
      out << ", elevation " << bottom << " to " << top << " m, kh " << kh_min
          << (kh_max > kh_min ? " to " + std::to_string(kh_max) : std::string()) << " m/d";
    out << "\n";
  }
}

// Grid Peclet number dx / alpha_L and a Courant number from the fixed-head range across the
// model (an estimate before solving: v = K i / n with i = head range / model length).
void print_numbers(const model::Model& m, std::ostream& out) {
  const Grid& g = m.grid->grid;
  const double dmax = std::max(*std::max_element(g.dx.begin(), g.dx.end()), *std::max_element(g.dy.begin(), g.dy.end()));
  if (m.source.transport.alpha_l > 0.0)
    out << "  grid Peclet number (largest cell / longitudinal dispersivity): " << dmax / m.source.transport.alpha_l
        << (dmax / m.source.transport.alpha_l > 2.0 ? "  (above 2: expect numerical dispersion)" : "") << "\n";
  double hmin = std::numeric_limits<double>::infinity(), hmax = -hmin;
  for (const solver::FlowTerm& t : m.flow.terms)
    if (t.kind == solver::TermKind::fixed_head || t.kind == solver::TermKind::general_head ||
        t.kind == solver::TermKind::river)
      for (double v : t.level.values) hmin = std::min(hmin, v), hmax = std::max(hmax, v);
  if (hmax > hmin && std::isfinite(m.source.time.max_step)) {
    const double length = std::max(g.length_x(), g.length_y());
    double kmax = 0.0, nmin = 1.0;
    for (std::int64_t n = 0; n < g.cell_count(); ++n)
      if (g.active[std::size_t(n)])
        kmax = std::max(kmax, m.fields.kh[std::size_t(n)]), nmin = std::min(nmin, m.fields.porosity[std::size_t(n)]);
    const double v = kmax * (hmax - hmin) / length / nmin;
    out << "  estimated pore velocity " << v << " m/d; Courant number at max_step: " << v * m.source.time.max_step / dmax
        << "\n";
  }
}

// "2010-01-01, 2015-01-01, ..." (at most eight, then how many more).
std::string output_times(const model::Case& c) {
  std::string text;
  const std::size_t shown = std::min<std::size_t>(c.time.outputs.size(), 8);
  for (std::size_t i = 0; i < shown; ++i) text += (i ? ", " : "") + time_label(c.time.outputs[i], c.time.start);
  if (shown < c.time.outputs.size()) text += " and " + std::to_string(c.time.outputs.size() - shown) + " more";
  return text;
}

}  // namespace

int check_command(const RunArguments& args, std::ostream& out, std::ostream& err) {
  try {
    const model::Case c = model::read_case(args.case_file, args.overrides);
    // Before anything large is allocated: a model too large for the machine is bad input.
    const MemoryEstimate memory = estimate_memory(c);
    const std::optional<double> available = available_memory_bytes();
    if (!args.force) refuse_if_too_large(c, memory, available);
    const model::Model m = model::build_model(c);
    const Grid& g = m.grid->grid;
    const auto active = std::accumulate(g.active.begin(), g.active.end(), std::int64_t{0});
    out << c.name << (c.title.empty() ? "" : " - " + c.title) << "\n"
        << "grid: " << g.nx << " columns x " << g.ny << " rows x " << g.nz << " layers = " << g.cell_count()
        << " cells, " << active << " active; " << g.length_x() << " m x " << g.length_y() << " m, origin ("
        << g.origin_x << ", " << g.origin_y << "), rotation " << g.rotation_deg << " deg\n"
        << "time: " << time_label(0.0, c.time.start) << " to " << time_label(c.time.end, c.time.start)
        << (c.time.start ? " (" + short_number(c.time.end) + " d)" : std::string()) << "; outputs " << output_times(c) << "\n"
        << "flow: " << (c.flow.mode == model::Flow::Mode::steady ? "steady" : "transient") << "\n";
    print_layers(m, out);
    print_features(m, out);
    out << "plume metrics count: " << model::describe(model::metrics_layers(c.metrics, m.grid->layers)) << "\n";
    if (!c.species.empty()) {
      // The output times the trends of natural attenuation will judge ([metrics] trend_from).
      std::vector<double> outputs = c.time.outputs;
      if (outputs.empty()) outputs.push_back(c.time.end);
      const double from = c.metrics.trend_from.value_or(outputs.front());
      const std::size_t used = metrics::trend_times(outputs, from).size();
      out << "natural attenuation trends: from " << time_label(from, c.time.start) << ", " << used << " output time"
          << (used == 1 ? "" : "s") << (used < 4 ? " (fewer than 4: insufficient data)" : "") << "\n";
    }
    out << "numbers:\n";
    print_numbers(m, out);
    std::vector<std::string> warnings = m.warnings;
    describe_estimate(m, estimate_run(m), out, warnings);
    out << "  memory            about " << bytes_text(memory.bytes) << " ("
        << (available ? "this machine has " + bytes_text(*available) + " available" : std::string("available memory unknown"))
        << ")\n";
    out << "warnings: " << (warnings.empty() ? "none" : "") << "\n";
    for (const auto& w : warnings) out << "  " << w << "\n";
    out << "the case is valid\n";
    return ok;
  } catch (...) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
