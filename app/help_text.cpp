#include "app/help_text.hpp"

#include "app/exit_codes.hpp"
#include "models/suggest.hpp"

namespace gwp::app {

namespace {

// Examples per command, on the cases of cases/examples (paths from the repository's root).
std::string_view examples(std::string_view command) {
  if (command.empty())
    return "  gwplume check cases/examples/quickstart.toml            validate, summarise, no solve\n"
           "  gwplume run cases/examples/quickstart.toml              solve: out/quickstart/result.h5\n"
           "  xvfb-run -a gwplume render out/quickstart/result.h5     plume map (needs an X server)\n"
           "  xvfb-run -a gwplume report out/quickstart/result.h5     HTML and Markdown report\n"
           "  gwplume export out/quickstart/result.h5 --vtk out/quickstart/vtk --xdmf\n"
           "  gwplume run --help                                      options and examples of a command\n";
  if (command == "run")
    return "  gwplume run cases/examples/quickstart.toml\n"
           "      solve the quick-start case; writes out/quickstart/result.h5\n"
           "  gwplume run cases/examples/quickstart.toml -o out/fine --set grid.nx=200 --set grid.dx=\"10 m\"\n"
           "      a finer grid, written to out/fine/result.h5\n"
           "  gwplume run cases/examples/quickstart_sealed_early.toml --threads 1 --quiet 2> sealed.log\n"
           "      a scenario on one core beside other runs, progress as plain lines in a log\n";
  if (command == "check")
    return "  gwplume check cases/examples/quickstart.toml\n"
           "      every problem of the case at once, or a summary of the model: its features, the\n"
           "      transport steps it will take and an estimate of the run time\n"
           "  gwplume check cases/examples/terrace_landfill.toml --set transport.max_courant=1\n"
           "      the same with a key changed as `run --set` would; warns when steps become tiny\n";
  if (command == "export")
    return "  gwplume export out/quickstart/result.h5 --vtk out/quickstart/vtk --xdmf\n"
           "      ParaView: a .vtu per output time and a .pvd series, and result.xmf beside the result\n"
           "  gwplume export out/quickstart/result.h5 --gis out/quickstart/gis --csv out/quickstart/csv\n"
           "      GeoTIFF maps and GeoJSON outlines for GIS, CSV series for spreadsheets\n"
           "  gwplume export out/quickstart-uncertainty/sweep.h5 --gis out/sweep-gis --vtk out/sweep-vtk --xdmf\n"
           "      a sweep: GeoTIFF of the probability and GeoJSON outlines of 5, 50 and 95 %; for\n"
           "      ParaView the probability, mean and standard deviation in every cell (.pvd, and\n"
           "      sweep.xmf beside sweep.h5)\n";
  if (command == "render")
    return "  xvfb-run -a gwplume render out/quickstart/result.h5 --scale log -o plan.png\n"
           "      plume map, maximum over depth, at the last stored time\n"
           "  xvfb-run -a gwplume render out/quickstart/result.h5 --section 1050,1200,1050,0 -o section.png\n"
           "      vertical section from (1050, 1200) to (1050, 0) m\n"
           "  xvfb-run -a gwplume render out/quickstart/result.h5 --breakthrough --species ammonia_n --log\n"
           "      concentration against time at every monitoring point\n"
           "  xvfb-run -a gwplume render out/chain/result.h5 --breakthrough --chain nitrite_n\n"
           "      a reaction chain as one plume: its members and their total, a panel per point\n"
           "  xvfb-run -a gwplume render out/quickstart/result.h5 --centre-track -o track.png\n"
           "      where the centre of the plume's dissolved mass went over the output times, and how fast\n"
           "  xvfb-run -a gwplume render out/quickstart/result.h5 --trend-map --lang zh -o trends-zh.png\n"
           "      the Mann-Kendall trend and Sen slope of every monitoring point and receptor, in Chinese\n"
           "  xvfb-run -a gwplume render out/quickstart-uncertainty/sweep.h5 -o probability.png\n"
           "      a sweep: how likely each column exceeds the limit, with the 5, 50 and 95 % contours\n"
           "  xvfb-run -a gwplume render out/quickstart-uncertainty/sweep.h5 --arrival MW-1\n"
           "      when MW-1 first exceeds the limit, as a distribution over the members\n"
           "  xvfb-run -a gwplume render out/quickstart-uncertainty/sweep.h5 --tornado --figure area_above_limit\n"
           "      which parameters drive the area above the limit (partial rank correlations)\n"
           "  xvfb-run -a gwplume render out/quickstart-uncertainty/sweep.h5 --histogram peak --time \"20 yr\"\n"
           "      the members' peak concentrations\n"
           "  (pictures need an X server: on a machine without a display, put xvfb-run -a in front)\n";
  if (command == "report")
    return "  xvfb-run -a gwplume report out/quickstart/result.h5\n"
           "      out/quickstart/report/report.html and report.md, pictures beside them\n"
           "  xvfb-run -a gwplume report out/quickstart/result.h5 -o out/quickstart-zh --lang zh\n"
           "      the same in Chinese\n"
           "  xvfb-run -a gwplume report out/quickstart-uncertainty/sweep.h5\n"
           "      a sweep: members, parameters, how likely each point has exceeded by each time,\n"
           "      probability map, arrival curves, tornado chart and histograms\n";
  if (command == "compare")
    return "  gwplume run cases/examples/quickstart.toml -o out/base\n"
           "  gwplume run cases/examples/quickstart_sealed_early.toml -o out/sealed\n"
           "  xvfb-run -a gwplume compare out/base/result.h5 out/sealed/result.h5 -o out/compare\n"
           "      tables (CSV, Markdown, HTML) and charts of the scenario against the baseline\n"
           "  xvfb-run -a gwplume compare out/base/result.h5 out/sealed/result.h5 -o out/compare-zh --lang zh\n"
           "      the same documents in Chinese\n";
  if (command == "sweep")
    return "  gwplume sweep cases/examples/quickstart_sweep.toml --plan > members.csv\n"
           "      20 members of the quick-start case (Latin hypercube): Kh, dispersivity, Kd and the\n"
           "      landfill's leakage, each member checked as a case; CSV of their values\n"
           "  gwplume sweep cases/examples/quickstart_sweep.toml --jobs 2\n"
           "      run them, two at a time: out/quickstart-uncertainty/members/NNNN/result.h5 and\n"
           "      members.csv; run again, it skips the members already complete\n"
           "  mpirun -n 3 gwplume sweep cases/examples/quickstart_sweep.toml\n"
           "      the same under MPI: rank 0 hands the members to the other two ranks\n"
           "  gwplume sweep cases/examples/quickstart_sweep.toml -o /scratch/qs --slurm --submit --time 1:00:00\n"
           "      a Slurm job array (one member a task) and a job collecting sweep.h5 after it\n";
  return {};
}

}  // namespace

std::string exit_codes_text() {
  auto line = [](int code, std::string_view meaning) {
    std::string number = std::to_string(code);
    return "  " + number + std::string(5 - number.size(), ' ') + std::string(meaning) + "\n";
  };
  return line(ok, "success") +
         line(model_failed, "the model failed: no convergence, or a budget discrepancy over its tolerance") +
         line(bad_input, "bad input: every problem listed with file, line, column and key; or a request the\n"
                         "       result cannot satisfy (unknown species, time, layer ...)") +
         line(io_error, "an I/O error: a file could not be read or written, or a file given as a result\n"
                        "       is not one or is damaged (named, with what is wrong)") +
         line(some_failed, "sweep: some members failed (recorded in members.csv); the others are complete") +
         line(interrupted, "interrupted (Ctrl-C, SIGINT): the result is left as result.h5.partial") +
         line(terminated, "terminated (SIGTERM, e.g. Slurm's time limit): the result is left as result.h5.partial");
}

std::string help_footer(std::string_view command) {
  const std::string_view e = examples(command);
  std::string text;
  if (!e.empty()) text += "Examples:\n" + std::string(e) + "\n";
  text += "Exit codes:\n" + exit_codes_text();
  return text;
}

std::string unknown_command_message(std::string_view word, const std::vector<std::string>& commands) {
  if (word.starts_with("-"))  // an option before any command
    return "unknown option '" + std::string(word) + "' (a command comes first: " + model::join(commands) + ")";
  const auto near = model::nearest(word, commands);
  return "unknown command '" + std::string(word) + "' " +
         (near ? "(did you mean '" + *near + "'?)" : "(commands: " + model::join(commands) + ")");
}

std::string unknown_option_message(std::string_view word, const std::vector<std::string>& options) {
  // "--treads=2" is the option "--treads".
  const std::string_view option = word.substr(0, word.find('='));
  // One letter from "-x" is every short option: only long ones are suggested.
  std::vector<std::string> long_options;
  for (const std::string& o : options)
    if (o.starts_with("--")) long_options.push_back(o);
  const auto near = model::nearest(option, long_options);
  return "unknown option '" + std::string(option) + "' " +
         (near ? "(did you mean '" + *near + "'?)" : "(options: " + model::join(options) + ")");
}

}  // namespace gwp::app
