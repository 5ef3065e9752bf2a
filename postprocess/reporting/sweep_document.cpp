#include "postprocess/reporting/sweep_document.hpp"

#include <cmath>
#include <cstdio>

#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {

namespace {

const char* say(Language lang, const char* en, const char* zh) { return lang == Language::zh ? zh : en; }

std::string label_of(const results::SpeciesLimits& l, Language lang) {
  if (lang == Language::zh && !l.label_zh.empty()) return l.label_zh;
  return l.label.empty() ? l.name : l.label;
}

std::vector<std::string> time_header(const std::vector<double>& times, const std::optional<Date>& start) {
  std::vector<std::string> header;
  for (double t : times) header.push_back(format_time(t, start));
  return header;
}

void sweep_section(Document& doc, const SweepReportInput& in, Language lang) {
  const results::SweepScene& s = in.scene;
  doc.heading(2, say(lang, "Sweep", "参数扫描"), "sweep");
  DocumentTable t;
  t.header = {say(lang, "item", "项目"), say(lang, "value", "值")};
  t.rows = {{say(lang, "name", "名称"), s.name},
            {say(lang, "base case", "基准算例"), s.base},
            {say(lang, "method", "抽样方法"), s.method},
            {say(lang, "seed", "随机种子"), std::to_string(s.seed)},
            {say(lang, "members", "成员数"), std::to_string(s.members)},
            {say(lang, "members collected", "参与统计的成员数"), std::to_string(s.members_collected)}};
  if (s.start_date) t.rows.push_back({say(lang, "start date", "起始日期"), to_string(*s.start_date)});
  doc.table(t);
  if (in.parameters.empty()) return;
  DocumentTable p;
  p.caption = say(lang, "Parameters", "不确定参数");
  p.header = {say(lang, "key", "键"), say(lang, "unit", "单位"), say(lang, "distribution", "分布")};
  for (const SweepParameter& q : in.parameters) p.rows.push_back({q.key, q.unit, q.distribution});
  doc.table(p);
}

void members_section(Document& doc, const SweepReportInput& in, Language lang) {
  doc.heading(2, say(lang, "Members", "成员运行情况"), "members");
  std::size_t complete = 0, failed = 0, other = 0;
  for (const SweepMember& m : in.members)
    (m.status == "complete" ? complete : m.status == "failed" ? failed : other) += 1;
  doc.paragraph(std::to_string(in.members.size()) + say(lang, " members: ", " 个成员：") + std::to_string(complete) +
                say(lang, " complete, ", " 个完成，") + std::to_string(failed) + say(lang, " failed, ", " 个失败，") +
                std::to_string(other) + say(lang, " not run; ", " 个未运行；") +
                std::to_string(in.scene.members_collected) +
                say(lang, " collected into the statistics.", " 个计入统计。"));
  DocumentTable t;
  t.caption = say(lang, "Members that did not complete", "未完成的成员");
  t.header = {say(lang, "member", "成员"), say(lang, "status", "状态"), say(lang, "exit code", "退出码"),
              say(lang, "reason", "原因")};
  t.numeric = {true, false, true, false};
  for (const SweepMember& m : in.members)
    if (m.status != "complete")
      t.rows.push_back({std::to_string(m.number), {m.status, Tone::bad},
                        std::isnan(m.exit_code) ? std::string(kMissing) : std::to_string(std::llround(m.exit_code)),
                        m.reason});
  if (!t.rows.empty()) doc.table(t);
}

void picture(Document& doc, const std::vector<SweepPictureRequest>& requests, const std::vector<PictureOutcome>& done,
             SweepPictureRequest::Kind kind, const std::string& species, const std::string& figure = {}) {
  for (const SweepPictureRequest& r : requests)
    if (r.kind == kind && r.species == species && r.figure == figure)
      doc.picture({r.file, r.caption, outcome_for(done, r.file).missing});
}

void species_section(Document& doc, const SweepReportInput& in, const SweepSpeciesReport& s,
                     const std::vector<SweepPictureRequest>& requests, const std::vector<PictureOutcome>& done,
                     Language lang) {
  const std::string label = label_of(s.limits, lang);
  doc.heading(2, label, "species-" + s.species.name);
  doc.paragraph(std::string(say(lang, "Limit ", "限值 ")) + format_limit(s.species.limit, "mg/L") +
                say(lang, "; probabilities are fractions of the ", "；概率为参与统计的 ") +
                std::to_string(s.species.members) +
                say(lang, " members collected (with M members a probability p is known to about sqrt(p(1-p)/M)).",
                    " 个成员中的比例（M 个成员时概率 p 的误差约为 sqrt(p(1-p)/M)）。"));
  if (!s.points.points.empty()) {
    DocumentTable t;
    t.caption = std::string(say(lang, "Probability that each point has exceeded the limit by each time: ",
                                "各监测点在各时刻前已超标的概率：")) + label;
    t.header = {say(lang, "point", "监测点")};
    const auto times = time_header(s.species.times, in.scene.start_date);
    t.header.insert(t.header.end(), times.begin(), times.end());
    t.numeric.assign(t.header.size(), true);
    t.numeric[0] = false;
    const std::size_t nt = s.species.times.size();
    for (std::size_t q = 0; q < s.points.points.size(); ++q) {
      std::vector<Cell> row{s.points.points[q]};
      for (std::size_t k = 0; k < nt; ++k) {
        const double p = q * nt + k < s.points.values.size() ? s.points.values[q * nt + k] : std::nan("");
        row.emplace_back(format_probability(p), p >= 0.5 ? Tone::bad : Tone::plain);
      }
      t.rows.push_back(std::move(row));
    }
    doc.table(t);
  }
  picture(doc, requests, done, SweepPictureRequest::Kind::probability_map, s.species.name);
  picture(doc, requests, done, SweepPictureRequest::Kind::arrival, s.species.name);
  picture(doc, requests, done, SweepPictureRequest::Kind::tornado, s.species.name, "peak");
  picture(doc, requests, done, SweepPictureRequest::Kind::histogram, s.species.name, "peak");
  picture(doc, requests, done, SweepPictureRequest::Kind::histogram, s.species.name, "area_above_limit");
}

void designs_section(Document& doc, const SweepReportInput& in, Language lang) {
  if (!in.designs || in.designs->species.empty()) return;
  const SweepDesigns& d = *in.designs;
  doc.heading(2, say(lang, "Designs", "设计方案"), "designs");
  doc.paragraph(say(lang, "Each design level was run with the uncertain samples; the probability that each point has "
                          "exceeded the limit by each time, over that design's members.",
                    "每个设计水平均与不确定样本组合运行；表中为该设计的成员中各监测点在各时刻前已超标的概率。"));
  for (const SweepDesigns::Species& s : d.species) {
    const SweepSpeciesReport* report = nullptr;
    for (const SweepSpeciesReport& r : in.species)
      if (r.species.name == s.name) report = &r;
    DocumentTable t;
    t.caption = report ? label_of(report->limits, lang) : s.name;
    t.header = {say(lang, "design", "设计")};
    t.header.insert(t.header.end(), d.keys.begin(), d.keys.end());
    t.header.push_back(say(lang, "members", "成员数"));
    t.header.push_back(say(lang, "point", "监测点"));
    const bool same_times = report && report->species.times.size() == s.times;
    for (std::size_t k = 0; k < s.times; ++k)
      t.header.push_back(same_times ? format_time(report->species.times[k], in.scene.start_date)
                                    : say(lang, "time ", "时刻 ") + std::to_string(k + 1));
    t.numeric.assign(t.header.size(), true);
    for (std::size_t c = 1; c <= d.keys.size(); ++c) t.numeric[c] = false;
    t.numeric[d.keys.size() + 2] = false;
    for (std::size_t g = 0; g < d.levels.size(); ++g)
      for (std::size_t q = 0; q < s.points.size(); ++q) {
        std::vector<Cell> row{std::to_string(g + 1)};
        for (const std::string& v : d.levels[g]) row.emplace_back(v);
        row.emplace_back(std::isnan(d.members[g]) ? std::string(kMissing) : std::to_string(std::llround(d.members[g])));
        row.emplace_back(s.points[q]);
        for (std::size_t k = 0; k < s.times; ++k) {
          const double p = s.values[(g * s.points.size() + q) * s.times + k];
          row.emplace_back(format_probability(p), p >= 0.5 ? Tone::bad : Tone::plain);
        }
        t.rows.push_back(std::move(row));
      }
    doc.table(t);
  }
}

}  // namespace

std::string format_probability(double p) {
  if (!std::isfinite(p)) return kMissing;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %%", 100.0 * p);
  return text;
}

std::vector<SweepPictureRequest> sweep_pictures(const SweepReportInput& in, Language lang) {
  std::vector<SweepPictureRequest> out;
  const Language text = picture_language(lang);
  for (const SweepSpeciesReport& s : in.species) {
    if (s.species.times.empty()) continue;
    const std::string stem = picture_stem(s.species.name);
    const std::string label = label_of(s.limits, lang);
    const std::string when = format_time(s.species.times.back(), in.scene.start_date);
    using Kind = SweepPictureRequest::Kind;
    out.push_back({Kind::probability_map, "probability-" + stem + ".png",
                   std::string(say(lang, "Probability of exceeding the limit at any depth, ", "任一深度超过限值的概率，")) +
                       label + ", " + when +
                       say(lang, ": the 50 % contour is the median plume edge, the 95 % contour where the plume is "
                                 "almost certain, the 5 % contour where it may reach.",
                           "：50 % 等值线为羽流边界的中位数，95 % 等值线内几乎必然超标，5 % 等值线为羽流可能到达的范围。"),
                   s.species.name, "", std::nullopt, text});
    if (!s.points.points.empty())
      out.push_back({Kind::arrival, "arrival-" + stem + ".png",
                     std::string(say(lang, "When each point first exceeds the limit, over the members (", "各监测点首次超标时间的累积分布（")) +
                         label + say(lang, "); the curve ends at the fraction that ever exceeded.", "）；曲线终值为曾超标的成员比例。"),
                     s.species.name, "", std::nullopt, text});
    if (s.has_parameters)
      out.push_back({Kind::tornado, "tornado-" + stem + "-peak.png",
                     std::string(say(lang, "Partial rank correlation of each parameter with the peak, ", "各参数与峰值浓度的偏秩相关系数，")) +
                         label + ", " + when,
                     s.species.name, "peak", std::nullopt, text});
    for (const char* figure : {"peak", "area_above_limit"})
      out.push_back({Kind::histogram, "histogram-" + stem + "-" + figure + ".png",
                     std::string(say(lang, "Spread over the members: ", "成员分布：")) + label + " " +
                         (std::string(figure) == "peak" ? say(lang, "peak", "峰值浓度") : say(lang, "area above the limit", "超标面积")) +
                         ", " + when,
                     s.species.name, figure, std::nullopt, text});
  }
  return out;
}

Document sweep_document(const SweepReportInput& in, const std::vector<PictureOutcome>& pictures, Language lang) {
  Document doc;
  doc.language = lang;
  doc.title = in.scene.name + say(lang, " — sweep report", " — 参数扫描报告");
  const std::vector<SweepPictureRequest> requests = sweep_pictures(in, lang);
  sweep_section(doc, in, lang);
  members_section(doc, in, lang);
  for (const SweepSpeciesReport& s : in.species) species_section(doc, in, s, requests, pictures, lang);
  designs_section(doc, in, lang);
  return doc;
}

}  // namespace gwp::reporting
