#include "postprocess/report/report_input.hpp"

#include "postprocess/report/number_format.hpp"
#include "postprocess/report/result_series.hpp"
#include "postprocess/result_reader.hpp"

namespace gwp::post {

ReportInput read_report_input(const ResultReader& reader, const std::vector<std::string>& verification_candidates) {
  ReportInput input;
  input.result_path = reader.path();
  input.summary = read_case_summary(reader);
  input.site = read_site_summary(reader);
  input.flow = read_flow_budget_summary(reader);
  for (const std::string& species : result_species(reader)) input.mass.push_back(read_mass_budget_summary(reader, species));
  input.figures = read_result_figures(reader);
  input.case_toml = input.figures.case_toml;
  input.verification_candidates = verification_candidates;
  input.verification = read_verification_status(verification_candidates);
  return input;
}

std::vector<PictureRequest> report_pictures(const ReportInput& input) {
  std::vector<PictureRequest> pictures;
  for (const SpeciesFigures& s : input.figures.species) {
    const std::string stem = picture_stem(s.limits.name);
    for (std::size_t t = 0; t < s.at.size(); ++t) {
      const double peak = figure_value(s.at[t], "peak");
      if (!(peak > s.limits.limit)) continue;
      pictures.push_back({"map_" + stem + "_t" + std::to_string(t + 1) + ".png",
                          s.limits.name + " at " + format_time(s.at[t].time) +
                              ": largest concentration over depth, as multiples of the limit (" +
                              format_figure(s.limits.limit) + " " + s.limits.units + ")",
                          PlanMapRequest{s.limits.name, s.at[t].time}});
    }
  }
  for (const SpeciesFigures& s : input.figures.species) {
    bool has_points = false;
    for (const ReceptorSeries& r : s.receptors) has_points = has_points || r.kind != kPumpingWell;
    if (!has_points) continue;
    pictures.push_back({"breakthrough_" + picture_stem(s.limits.name) + ".png",
                        s.limits.name + " at the monitoring points and receptors against time; limits dashed",
                        BreakthroughRequest{s.limits.name, {}, s.limits.name + " at the monitoring points and receptors"}});
  }
  return pictures;
}

}  // namespace gwp::post
