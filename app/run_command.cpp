// `gwplume run`: read, build, solve, write; a closing summary; typed exit codes.
#include <omp.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <optional>
#include <ostream>
#include <unistd.h>

#include "app/attenuation_recorder.hpp"
#include "app/commands.hpp"
#include "app/exit_codes.hpp"
#include "app/export_command.hpp"
#include "app/initial_state.hpp"
#include "app/memory_estimate.hpp"
#include "app/observation_recorder.hpp"
#include "app/planned_steps.hpp"
#include "app/progress.hpp"
#include "app/result_header.hpp"
#include "app/run_summary.hpp"
#include "app/simulation.hpp"
#include "app/stop_signal.hpp"
#include "models/case_reader.hpp"
#include "results/folder_lock.hpp"
#include "results/result_writer.hpp"

namespace gwp::app {

namespace {

std::string result_path(const RunArguments& args, const model::Case& c) {
  const std::string dir = args.output_dir.empty() ? c.output_dir : args.output_dir;
  return (std::filesystem::path(dir) / "result.h5").string();
}

// The plume metrics go into the result file; the figures of each output time also into the
// closing summary.
struct ResultMetrics : MetricsSink {
  ResultMetrics(results::ResultWriter& w, AttenuationRecorder& a) : writer(w), attenuation(a) {}
  void write_metrics(const std::string& species, const metrics::MetricsTable& rows) override {
    metrics::write_metrics(writer, species, rows);
    attenuation.on_metrics(species, rows);
    auto found = std::find_if(plumes.begin(), plumes.end(), [&](const SpeciesPlume& p) { return p.species == species; });
    if (found == plumes.end()) found = plumes.insert(plumes.end(), SpeciesPlume{species, {}});
    found->at_outputs.insert(found->at_outputs.end(), rows.summary.begin(), rows.summary.end());
  }
  results::ResultWriter& writer;
  AttenuationRecorder& attenuation;
  std::vector<SpeciesPlume> plumes;
};

// Marks an unfinished result as failed or interrupted; it stays at its .partial name.
void leave_failed(results::ResultWriter* writer, const std::string& path, const std::string& reason, bool interrupted,
                  std::ostream& err) {
  if (!writer) return;
  try {
    writer->finish_failed(reason, interrupted);
    err << "the incomplete result was left at " << path << ".partial (status "
        << (interrupted ? "interrupted" : "failed") << ")\n";
  } catch (const std::exception& e) {
    err << "could not mark the result as failed: " << e.what() << "\n";
  }
}

}  // namespace

int run_command(const RunArguments& args, std::ostream& out, std::ostream& err) {
  // Declared first so that it is released last, after the result file is closed.
  std::optional<results::FolderLock> lock;
  std::unique_ptr<results::ResultWriter> writer;
  std::string path;
  try {
    if (args.threads > 0) omp_set_num_threads(args.threads);
    const model::Case c = model::read_case(args.case_file, args.overrides);
    // Before anything large is allocated: a model too large for the machine is bad input.
    if (!args.force) refuse_if_too_large(c, estimate_memory(c), available_memory_bytes());
    // The output folder: made, checked writable and held before the model is built or anything
    // is written, so a second run into it, or a folder that cannot take a result, stops here.
    lock.emplace(std::filesystem::path(result_path(args, c)).parent_path().string());
    model::Model m = model::build_model(c);
    load_initial_concentrations(m);
    path = result_path(args, c);
    writer = std::make_unique<results::ResultWriter>(path, result_header(m, GWPLUME_VERSION));

    install_stop_handlers();
    // Transport steps are the run's steps when it has species; otherwise the flow steps are.
    const bool has_transport = !m.transport.species.empty();
    const ProgressPlan plan{m.source.time.end, m.source.time.start,
                            has_transport ? planned_transport_steps(m) : planned_flow_steps(m)};
    const bool plain = args.quiet || !isatty(fileno(stderr));
    Progress progress(err, plain ? Progress::Style::lines : Progress::Style::bar, plan, {},
                      [] { return terminal_columns(fileno(stderr)); });
    // The trends of natural attenuation follow every series and plume figure of the run.
    AttenuationRecorder attenuation(m, *writer);
    ResultMetrics metrics(*writer, attenuation);
    RunOptions options;
    options.interrupt = &stop_signal();
    options.metrics = &metrics;
    long flow_steps = 0;
    options.progress = [&](double t, double) {
      ++flow_steps;
      progress.update(t, has_transport ? std::nullopt : std::optional<long>(flow_steps));
    };
    options.transport_progress = [&](double t, long steps) { progress.update(t, steps); };
    // Observations are set beside the model once its series are complete.
    ObservationRecorder observed(c.observations, attenuation);
    const RunSummary summary = run_simulation(m, observed, options);
    progress.done();
    if (has_transport)
      for (const auto& [species, evidence] : attenuation.evidence()) metrics::write_mna_evidence(*writer, species, evidence);
    for (const metrics::ObservedSeries& s : observed.compared()) metrics::write_observations(*writer, s);
    writer->finish_complete();
    print_summary(m, summary, metrics.plumes, path, out);
    if (c.vtk) {  // [output] vtk = true: the VTK files beside the result
      const std::string vtk_dir = (std::filesystem::path(path).parent_path() / "vtk").string();
      try {
        export_vtk_files(path, vtk_dir, err);
      } catch (const std::exception& e) {
        err << "the run is complete, but its VTK files could not be written: " << e.what() << "\n";
        return io_error;
      }
      out << "  vtk              " << vtk_dir << "\n";
    }
    return ok;
  } catch (const Interrupted& e) {
    // A second signal now only sets the flag again: the file is closed whole all the same.
    const int signal = stop_signal();
    const std::string reason = std::string(e.what()) + (signal == SIGTERM ? " (SIGTERM)" : " (SIGINT)");
    if (writer) {
      try {
        writer->finish_interrupted(reason, e.last_output_time);
        err << "the incomplete result was left at " << path << ".partial (status interrupted)\n";
      } catch (const std::exception& x) {
        err << "could not mark the result as interrupted: " << x.what() << "\n";
      }
    }
    err << reason << "\n";
    return stop_exit_code(signal);
  } catch (const std::exception& e) {
    leave_failed(writer.get(), path, e.what(), false, err);
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
