#include "postprocess/reporting/chain_pictures.hpp"

#include <algorithm>
#include <cmath>

#include "postprocess/reporting/chain_figures.hpp"
#include "postprocess/reporting/wording.hpp"

namespace gwp::reporting {

namespace {

std::string file_prefix(const metrics::ReactionChain& chain) { return "chain_" + picture_stem(chain.name()) + "_at_"; }

const ReceptorSeries* series_at(const SpeciesFigures& s, const std::string& point) {
  for (const ReceptorSeries& r : s.receptors)
    if (r.name == point && r.kind != kPumpingWell && !r.series.time.empty()) return &r;
  return nullptr;
}

// Each member's series at `point`, the total thick, then each member's class IV limit dashed; its
// label begins with the member's, so the renderer draws it in the member's colour.
ChartRequest chain_chart(const ReportInput& input, const metrics::ReactionChain& chain, const std::string& point,
                         const TimeAxis& axis, const Wording& pw) {
  ChartRequest chart;
  double first = NAN, last = NAN;
  std::vector<const SpeciesFigures*> members;
  for (const std::string& name : chain.species) members.push_back(find_figures(input.figures, name));
  for (const SpeciesFigures* s : members) {
    const ReceptorSeries* r = series_at(*s, point);
    ChartLine line{pw.species_label(s->limits), {}, r->series.value, false};
    for (double t : r->series.time) line.x.push_back(axis.x(t));
    first = std::isnan(first) ? r->series.time.front() : std::min(first, r->series.time.front());
    last = std::isnan(last) ? r->series.time.back() : std::max(last, r->series.time.back());
    chart.lines.push_back(std::move(line));
  }
  if (chain.has_total()) {
    const TimeSeries total = chain_total_series(chain, input.figures.species, point);
    const std::string label = chain.total == metrics::ChainTotal::equivalent
                                  ? pw(Msg::chart_chain_total_equivalent, {pw.species_label(members.front()->limits)})
                                  : pw(Msg::chart_chain_total);
    ChartLine line{label, {}, total.value, false};
    for (double t : total.time) line.x.push_back(axis.x(t));
    line.thick = true;
    chart.lines.push_back(std::move(line));
  }
  for (const SpeciesFigures* s : members) {
    const double value = s->limits.class_iv;
    if (!(value >= 0.0) || !(last > first)) continue;
    chart.lines.push_back({pw.species_label(s->limits) + " " +
                               pw(Msg::chart_limit_line, {pw.limit("class IV", value, s->limits.units)}),
                           {axis.x(first), axis.x(last)}, {value, value}, true});
  }
  std::vector<std::string> labels;
  for (const SpeciesFigures* s : members) labels.push_back(pw.species_label(s->limits));
  std::string arrow;
  for (const std::string& l : labels) arrow += (arrow.empty() ? "" : " → ") + l;
  chart.title = pw(Msg::chart_chain_title, {arrow, point});
  chart.x_label = axis.label(pw.language);
  chart.x_dates = axis.start;
  chart.y_label = pw(Msg::axis_concentration, {"mg/L"});
  return chart;
}

}  // namespace

std::vector<PictureRequest> chain_pictures(const ReportInput& input, Language language) {
  const Wording w{language, input.figures.start};
  const Wording pw{picture_language(language), input.figures.start};
  const TimeAxis axis = time_axis(input.figures.times, input.figures.start);
  std::vector<PictureRequest> pictures;
  for (const metrics::ReactionChain& chain : input.figures.chains) {
    const SpeciesFigures* first = find_figures(input.figures, chain.species.front());
    if (!first) continue;
    std::string members;
    for (const std::string& name : chain.species)
      members += (members.empty() ? "" : " → ") + w.species(species_limits(input.figures, name));
    for (const ReceptorSeries& r : first->receptors) {
      const bool everywhere = std::all_of(chain.species.begin(), chain.species.end(), [&](const std::string& name) {
        const SpeciesFigures* s = find_figures(input.figures, name);
        return s && series_at(*s, r.name);
      });
      if (!everywhere) continue;
      pictures.push_back({file_prefix(chain) + picture_stem(r.name) + ".png",
                          w(chain.has_total() ? Msg::chain_chart_caption : Msg::chain_chart_caption_no_total,
                            {members, r.name}),
                          chain_chart(input, chain, r.name, axis, pw), pw.language});
    }
  }
  return pictures;
}

std::vector<const PictureRequest*> pictures_of_chain(const std::vector<PictureRequest>& pictures,
                                                     const metrics::ReactionChain& chain) {
  std::vector<const PictureRequest*> mine;
  for (const PictureRequest& p : pictures)
    if (p.file.starts_with(file_prefix(chain))) mine.push_back(&p);
  return mine;
}

}  // namespace gwp::reporting
