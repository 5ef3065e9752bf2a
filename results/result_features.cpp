#include "results/result_features.hpp"

#include <cmath>
#include <limits>

#include "results/h5/attribute.hpp"
#include "results/h5/dataset.hpp"
#include "results/result_reader.hpp"

namespace gwp::results {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double or_nan(double v) { return v < 0.0 ? kNaN : v; }
double or_negative(double v) { return std::isnan(v) ? -1.0 : v; }

h5::Dataset write_points(const h5::Group& group, const std::string& name,
                         const std::vector<Point>& points) {
  std::vector<double> xy;
  xy.reserve(2 * points.size());
  for (const auto& p : points) xy.insert(xy.end(), {p[0], p[1]});
  auto d = h5::write_array(group, name, {points.size(), 2}, xy);
  h5::set_text(d, "units", "m");
  h5::set_texts(d, "columns", {"x", "y"});
  return d;
}

std::vector<Point> read_points(const ResultReader& r, const std::string& path) {
  const h5::Array a = r.read(path);
  std::vector<Point> points;
  for (std::size_t i = 0; i + 1 < a.values.size(); i += 2) points.push_back({a.values[i], a.values[i + 1]});
  return points;
}

}  // namespace

void write_features(const h5::Group& root, const ResultFeatures& f) {
  const h5::Group features = root.require_group("features");
  for (const auto& a : f.areas) {
    const h5::Group g = features.require_group("areas/" + a.name);
    h5::set_text(g, "kind", a.kind);
    write_points(g, "outline", a.outline);
  }
  for (const auto& w : f.wells) {
    const h5::Group g = features.require_group("wells/" + w.name);
    h5::set_text(g, "kind", w.kind);
    h5::set_real(g, "x", w.x);
    h5::set_real(g, "y", w.y);
    h5::set_real(g, "top", w.top);
    h5::set_real(g, "bottom", w.bottom);
    h5::set_text(g, "units", "m");
    if (!w.state.empty()) h5::set_text(g, "state", w.state);
    h5::set_real(g, "plugged_at", or_nan(w.plugged_at));
  }
  for (const auto& l : f.lines) {
    const h5::Group g = features.require_group("lines/" + l.name);
    h5::set_text(g, "kind", l.kind);
    write_points(g, "line", l.line);
  }
  for (const auto& b : f.boundaries) {
    const h5::Group g = features.require_group("boundaries/" + b.name);
    h5::set_text(g, "kind", b.kind);
    const h5::Dataset cells = h5::write_array(g, "cells", {b.cells.size()}, b.cells);
    h5::set_text(cells, "units", "1");  // cell indices
  }
  for (const auto& s : f.species) {
    const h5::Group g = root.require_group("transport/" + s.name);
    h5::set_text(g, "units", s.units);
    h5::set_real(g, "limit", s.limit);
    h5::set_real(g, "class_iii_limit", or_nan(s.class_iii));
    h5::set_real(g, "class_iv_limit", or_nan(s.class_iv));
    h5::set_text(g, "label", s.label.empty() ? s.name : s.label);
    h5::set_text(g, "label_zh", s.label_zh.empty() ? (s.label.empty() ? s.name : s.label) : s.label_zh);
    if (!s.parents.empty()) {
      std::vector<std::string> names, phases;
      std::vector<double> yields;
      for (const SpeciesParent& p : s.parents) {
        names.push_back(p.name);
        yields.push_back(p.yield);
        phases.push_back(p.phase);
      }
      h5::set_texts(g, "parents", names);
      h5::set_reals(g, "parent_yields", yields);
      h5::set_texts(g, "parent_phases", phases);
    }
  }
}

ResultFeatures read_features(const ResultReader& r) {
  ResultFeatures f;
  auto names = [&](const std::string& path) {
    std::vector<std::string> out;
    if (!r.exists(path)) return out;
    for (const auto& c : r.list(path))
      if (c.kind == h5::ObjectKind::group) out.push_back(c.name);
    return out;
  };
  for (const auto& n : names("/features/areas")) {
    const std::string p = "/features/areas/" + n;
    f.areas.push_back({n, r.text_attribute(p, "kind"), read_points(r, p + "/outline")});
  }
  for (const auto& n : names("/features/wells")) {
    const std::string p = "/features/wells/" + n;
    FeatureWell w;
    w.name = n;
    w.kind = r.text_attribute(p, "kind");
    w.x = r.number_attribute(p, "x");
    w.y = r.number_attribute(p, "y");
    w.top = r.number_attribute(p, "top");
    w.bottom = r.number_attribute(p, "bottom");
    if (r.has_attribute(p, "state")) w.state = r.text_attribute(p, "state");
    w.plugged_at = or_negative(r.number_attribute(p, "plugged_at"));
    f.wells.push_back(w);
  }
  for (const auto& n : names("/features/lines")) {
    const std::string p = "/features/lines/" + n;
    f.lines.push_back({n, r.text_attribute(p, "kind"), read_points(r, p + "/line")});
  }
  for (const auto& n : names("/features/boundaries")) {
    const std::string p = "/features/boundaries/" + n;
    FeatureBoundary b{n, r.text_attribute(p, "kind"), {}};
    for (double c : r.read(p + "/cells").values) b.cells.push_back(std::int64_t(c));
    f.boundaries.push_back(std::move(b));
  }
  for (const auto& n : names("/transport")) {
    const std::string p = "/transport/" + n;
    if (!r.has_attribute(p, "limit")) continue;
    SpeciesLimits s;
    s.name = n;
    if (r.has_attribute(p, "units")) s.units = r.text_attribute(p, "units");
    s.limit = r.number_attribute(p, "limit");
    s.class_iii = or_negative(r.number_attribute(p, "class_iii_limit"));
    s.class_iv = or_negative(r.number_attribute(p, "class_iv_limit"));
    s.label = r.has_attribute(p, "label") ? r.text_attribute(p, "label") : n;
    s.label_zh = r.has_attribute(p, "label_zh") ? r.text_attribute(p, "label_zh") : s.label;
    if (r.has_attribute(p, "parents")) {
      const std::vector<std::string> names = r.texts_attribute(p, "parents");
      const std::vector<double> yields = r.numbers_attribute(p, "parent_yields");
      const std::vector<std::string> phases = r.texts_attribute(p, "parent_phases");
      for (std::size_t k = 0; k < names.size(); ++k)
        s.parents.push_back({names[k], k < yields.size() ? yields[k] : 1.0, k < phases.size() ? phases[k] : "both"});
    }
    f.species.push_back(s);
  }
  return f;
}

}  // namespace gwp::results
