#include "sweep/collection.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <tuple>

#include "core/errors.hpp"
#include "models/diagnostics.hpp"
#include "results/h5/attribute.hpp"
#include "results/h5/dataset.hpp"
#include "results/h5/file.hpp"
#include "results/h5/table.hpp"
#include "results/result_check.hpp"
#include "results/result_features.hpp"
#include "results/result_format.hpp"
#include "results/result_grid.hpp"
#include "results/result_grid_reader.hpp"
#include "results/result_reader.hpp"
#include "postprocess/metrics/metrics_table.hpp"
#include "sweep/cell_statistics.hpp"
#include "sweep/member_fields.hpp"
#include "sweep/member_scalars.hpp"
#include "sweep/plan_percentiles.hpp"
#include "sweep/rank_correlation.hpp"
#include "sweep/sweep_designs.hpp"

namespace gwp::sweep {

namespace fs = std::filesystem;
namespace h5 = results::h5;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string result_of(const std::string& sweep_dir, std::size_t number) {
  return (fs::path(member_dir(sweep_dir, number)) / "result.h5").string();
}

h5::Table members_table(const MemberPlan& plan, const std::vector<MemberRecord>& records) {
  h5::Table t;
  t.columns.push_back({"member", h5::ColumnType::real, {}, {}});
  for (const std::string& key : plan.keys) t.columns.push_back({key, h5::ColumnType::text, {}, {}});
  for (const char* name : {"status", "reason"}) t.columns.push_back({name, h5::ColumnType::text, {}, {}});
  for (const char* name : {"exit_code", "wall_time_s", "cpu_time_s"}) t.columns.push_back({name, h5::ColumnType::real, {}, {}});
  const std::size_t k = plan.keys.size();
  for (const MemberRecord& r : records) {
    t.columns[0].reals.push_back(double(r.number));
    for (std::size_t c = 0; c < k; ++c) t.columns[1 + c].texts.push_back(c < r.values.size() ? r.values[c] : "");
    t.columns[1 + k].texts.push_back(to_string(r.status));
    t.columns[2 + k].texts.push_back(r.reason);
    t.columns[3 + k].reals.push_back(r.status == MemberRecord::Status::not_run ? kNaN : double(r.exit_code));
    t.columns[4 + k].reals.push_back(r.status == MemberRecord::Status::not_run ? kNaN : r.wall_seconds);
    t.columns[5 + k].reals.push_back(r.status == MemberRecord::Status::not_run ? kNaN : r.cpu_seconds);
  }
  return t;
}

std::string describe(const Parameter& p) {
  if (p.mode == Parameter::Mode::levels) {
    std::string text = "levels";
    for (const std::string& l : p.levels) text += " " + l;
    return text;
  }
  const Distribution& d = p.distribution;
  std::string text = (p.mode == Parameter::Mode::scale ? "scale " : "") + to_string(d.type);
  const auto num = [](double v) { return value_text(v, ""); };
  switch (d.type) {
    case Distribution::Type::uniform:
    case Distribution::Type::loguniform: text += " min " + num(d.a) + " max " + num(d.b); break;
    case Distribution::Type::normal: text += " mean " + num(d.a) + " sd " + num(d.b); break;
    case Distribution::Type::lognormal: text += " median " + num(d.a) + " sigma_log10 " + num(d.b); break;
    case Distribution::Type::triangular: text += " min " + num(d.a) + " mode " + num(d.c) + " max " + num(d.b); break;
    case Distribution::Type::choice:
      for (double v : d.choices) text += " " + num(v);
      break;
  }
  if (d.lower) text += " lower " + num(*d.lower);
  if (d.upper) text += " upper " + num(*d.upper);
  return text;
}

// A per-cell field with inactive cells marked as a result file marks them.
std::vector<double> masked(const Grid& g, const std::vector<double>& v, bool plan) {
  std::vector<double> out = v;
  if (plan) {
    const std::size_t columns = std::size_t(g.column_count());
    for (std::size_t p = 0; p < columns; ++p) {
      bool any = false;
      for (int k = 0; k < g.nz; ++k) any = any || g.active[std::size_t(k) * columns + p];
      if (!any) out[p] = results::kInactiveValue;
    }
  } else {
    for (std::size_t n = 0; n < out.size(); ++n)
      if (!g.active[n]) out[n] = results::kInactiveValue;
  }
  return out;
}


void write_field(const h5::Group& group, const std::string& name, const std::vector<hsize_t>& dims,
                 const std::vector<double>& values, const std::string& units) {
  const h5::Dataset d = h5::write_array(group, name, dims, values);
  h5::set_text(d, "units", units);
  h5::set_real(d, "inactive_value", results::kInactiveValue);
}

}  // namespace

CollectionSummary collect_members(const SweepFile& sweep, const MemberPlan& plan,
                                  const std::vector<MemberRecord>& records, const std::string& sweep_dir) {
  CollectionSummary summary;
  // The grid, features, times and species of the first member that can be read.
  std::optional<Grid> grid;
  results::ResultFeatures features;
  std::vector<double> member_times;
  std::string crs, start_date;  // start_date: "YYYY-MM-DD" of t = 0 when the base case gives one
  std::vector<std::string> layer_names;
  for (const MemberRecord& r : records) {
    if (r.status != MemberRecord::Status::complete) continue;
    try {
      const results::ResultReader reader(result_of(sweep_dir, r.number));
      // A member that shed its fields (keep = "metrics") still has its grid and features.
      if (!member_fields_removed(result_of(sweep_dir, r.number))) results::check_result(reader);
      grid = results::read_grid(reader);
      features = results::read_features(reader);
      member_times = reader.read("/transport/times").values;
      if (reader.has_attribute("/grid", "crs")) crs = reader.text_attribute("/grid", "crs");
      if (reader.has_attribute("/", "start_date")) start_date = reader.text_attribute("/", "start_date");
      if (reader.exists("/grid/layer_names")) layer_names = reader.read_texts("/grid/layer_names");
      break;
    } catch (const std::exception&) {
      grid.reset();
    }
  }
  if (!grid) throw IoError("sweep " + sweep.name + ": no member has a readable result to collect");
  const Grid& g = *grid;

  summary.times = sweep.collect.times.empty() ? member_times : sweep.collect.times;
  std::vector<results::SpeciesLimits> species;
  for (const results::SpeciesLimits& s : features.species)
    if (sweep.collect.species.empty() ||
        std::find(sweep.collect.species.begin(), sweep.collect.species.end(), s.name) != sweep.collect.species.end())
      species.push_back(s);
  for (const std::string& name : sweep.collect.species) {
    bool known = false;
    for (const auto& s : species) known = known || s.name == name;
    if (!known) {
      std::string names;
      for (const auto& f : features.species) names += (names.empty() ? "" : ", ") + f.name;
      throw model::InputError({{sweep.collect.where, "the base case has no species '" + name + "' (its species: " + names + ")"}});
    }
  }
  for (const auto& s : species) summary.species.push_back(s.name);

  const std::size_t cells = std::size_t(g.cell_count()), columns = std::size_t(g.column_count());
  std::vector<std::vector<CellStatistics>> stats(species.size(), std::vector<CellStatistics>(summary.times.size()));
  for (auto& per_species : stats)
    for (auto& s : per_species) s.resize(cells, columns);
  std::vector<MemberScalars> scalars(species.size());
  for (MemberScalars& sc : scalars) sc.resize(records.size(), summary.times.size());
  std::vector<unsigned char> used(records.size(), 0);
  std::vector<std::size_t> shed;  // members whose fields were removed after an earlier collection

  for (std::size_t member = 0; member < records.size(); ++member) {
    const MemberRecord& r = records[member];
    if (r.status != MemberRecord::Status::complete) {
      ++summary.not_used;
      continue;
    }
    try {
      if (member_fields_removed(result_of(sweep_dir, r.number))) {
        shed.push_back(r.number);
        continue;
      }
      const results::ResultReader reader(result_of(sweep_dir, r.number));
      results::check_result(reader);
      if (results::result_status(reader) != results::kStatusComplete)
        throw IoError(reader.path() + ": status \"" + results::result_status(reader) + "\", the run did not complete");
      const std::vector<double> times = reader.read("/transport/times").values;
      std::vector<long> index;
      for (double t : summary.times) {
        index.push_back(time_index(times, t));
        if (index.back() < 0) throw std::runtime_error("no stored time " + value_text(t, "d"));
      }
      // Read everything of this member before counting it, so a member half read is not half counted.
      std::vector<std::vector<std::vector<double>>> fields(species.size());
      for (std::size_t s = 0; s < species.size(); ++s)
        for (long i : index) {
          std::vector<double> c =
              reader.read_slice("/transport/" + species[s].name + "/concentration", std::size_t(i)).values;
          if (c.size() != cells) throw std::runtime_error("a grid of another size");
          fields[s].push_back(std::move(c));
        }
      std::vector<metrics::MetricsTable> tables;
      for (std::size_t s = 0; s < species.size(); ++s)
        tables.push_back(reader.exists("/metrics/" + species[s].name) ? metrics::read_metrics(reader, species[s].name)
                                                                      : metrics::MetricsTable{});
      for (std::size_t s = 0; s < species.size(); ++s) {
        for (std::size_t t = 0; t < summary.times.size(); ++t)
          stats[s][t].add(g, fields[s][t], species[s].limit, species[s].class_iii);
        scalars[s].add(member, records.size(), tables[s], summary.times);
      }
      used[member] = 1;
      ++summary.used;
    } catch (const std::exception& e) {
      ++summary.not_used;
      summary.problems.push_back("member " + std::to_string(r.number) + ": " + e.what());
    }
  }
  if (!shed.empty())
    throw IoError("sweep " + sweep.name + ": the fields of " + std::to_string(shed.size()) + " members (member " +
                  std::to_string(shed.front()) + (shed.size() > 1 ? " and others" : "") +
                  ") were removed once an earlier collection had them (keep = \"metrics\"); that collection's " +
                  (fs::path(sweep_dir) / "sweep.h5").string() +
                  " stands. To collect again, run those members again (remove their folders under members/)");
  if (summary.used == 0)
    throw IoError("sweep " + sweep.name + ": no member's result could be collected" +
                  (summary.problems.empty() ? std::string()
                                            : " (" + summary.problems.front() +
                                                  (summary.problems.size() > 1
                                                       ? ", and " + std::to_string(summary.problems.size() - 1) + " more"
                                                       : std::string()) +
                                                  ")"));

  const Designs designs = designs_of(sweep, plan);
  const std::string path = (fs::path(sweep_dir) / "sweep.h5").string();
  const std::string partial = path + ".partial";
  // A sweep.h5 not written whole (a full disk) is of no use to anyone: removed once its file is
  // closed, and an older sweep.h5 stays as it was.
  struct RemovedUnlessKept {
    std::string path;
    bool kept = false;
    ~RemovedUnlessKept() {
      std::error_code ignored;
      if (!kept) fs::remove(path, ignored);
    }
  } written{partial};
  {
    h5::File file = h5::File::create(partial);
    {  // every group and dataset closed before the file
    const h5::Group root = file.root();
    h5::set_text(root, "format", "gwplume-sweep");
    h5::set_integer(root, "format_version", 1);
    h5::set_text(root, "name", sweep.name);
    h5::set_text(root, "base", sweep.base);
    h5::set_text(root, "method", to_string(sweep.method));
    h5::set_integer(root, "seed", std::int64_t(sweep.seed));
    h5::set_integer(root, "members", std::int64_t(records.size()));
    h5::set_integer(root, "members_collected", std::int64_t(summary.used));
    if (!start_date.empty()) h5::set_text(root, "start_date", start_date);
    results::write_grid(root, g, crs, layer_names.empty() ? std::vector<std::string>(std::size_t(g.nz)) : layer_names);
    results::write_features(root, features);
    const h5::Table members = members_table(plan, records);
    h5::append_rows(h5::create_table(root, "members", members, 256), members);
    h5::Table parameters{{{"key", h5::ColumnType::text, {}, {}},
                          {"unit", h5::ColumnType::text, {}, {}},
                          {"distribution", h5::ColumnType::text, {}, {}}}};
    for (const Parameter& p : sweep.parameters) {
      parameters.columns[0].texts.push_back(p.key);
      parameters.columns[1].texts.push_back(p.unit);
      parameters.columns[2].texts.push_back(describe(p));
    }
    if (sweep.method == Method::list)
      for (const std::string& key : plan.keys) {
        parameters.columns[0].texts.push_back(key);
        parameters.columns[1].texts.push_back("");
        parameters.columns[2].texts.push_back("list");
      }
    h5::append_rows(h5::create_table(root, "parameters", parameters, 64), parameters);
    if (!designs.keys.empty()) {
      h5::Table levels{{{"design", h5::ColumnType::real, {}, {}}}};
      for (const std::string& key : designs.keys) levels.columns.push_back({key, h5::ColumnType::text, {}, {}});
      levels.columns.push_back({"members", h5::ColumnType::real, {}, {}});
      for (std::size_t d = 0; d < designs.levels.size(); ++d) {
        levels.columns[0].reals.push_back(double(d + 1));
        for (std::size_t c = 0; c < designs.keys.size(); ++c) levels.columns[1 + c].texts.push_back(designs.levels[d][c]);
        double collected = 0.0;
        for (std::size_t m = 0; m < records.size(); ++m) collected += used[m] && designs.of_member[m] == d ? 1.0 : 0.0;
        levels.columns.back().reals.push_back(collected);
      }
      const h5::Group group = root.require_group("designs");
      h5::set_texts(group, "keys", designs.keys);
      h5::append_rows(h5::create_table(group, "levels", levels, 64), levels);
    }

    const hsize_t nt = summary.times.size(), nz = hsize_t(g.nz), ny = hsize_t(g.ny), nx = hsize_t(g.nx);
    const std::vector<hsize_t> dims3{nt, nz, ny, nx}, dims2{nt, ny, nx};
    for (std::size_t s = 0; s < species.size(); ++s) {
      const h5::Group group = root.require_group("statistics/" + species[s].name);
      const h5::Dataset times = h5::write_array(group, "times", {nt}, summary.times);
      h5::set_text(times, "units", "d");
      h5::set_real(group, "limit", species[s].limit);
      h5::set_real(group, "class_iii", species[s].class_iii);
      h5::set_integer(group, "members", std::int64_t(summary.used));
      std::vector<double> p_limit, p_iii, p_limit_plan, p_iii_plan, mean, sd;
      for (const CellStatistics& st : stats[s]) {
        const double m = st.members;
        const auto add = [&](std::vector<double>& into, const std::vector<double>& v, double scale, bool plan) {
          std::vector<double> scaled(v.size());
          for (std::size_t n = 0; n < v.size(); ++n) scaled[n] = v[n] * scale;
          const std::vector<double> out = masked(g, scaled, plan);
          into.insert(into.end(), out.begin(), out.end());
        };
        add(p_limit, st.above_limit, 1.0 / m, false);
        add(p_limit_plan, st.plan_limit, 1.0 / m, true);
        add(p_iii, st.above_iii, species[s].class_iii >= 0.0 ? 1.0 / m : kNaN, false);
        add(p_iii_plan, st.plan_iii, species[s].class_iii >= 0.0 ? 1.0 / m : kNaN, true);
        add(mean, st.mean, 1.0, false);
        std::vector<double> variance(st.m2.size());
        for (std::size_t n = 0; n < variance.size(); ++n) variance[n] = m > 1.0 ? std::sqrt(st.m2[n] / (m - 1.0)) : kNaN;
        add(sd, variance, 1.0, false);
      }
      write_field(group, "exceedance_probability", dims3, p_limit, "1");
      write_field(group, "exceedance_probability_plan", dims2, p_limit_plan, "1");
      write_field(group, "class_iii_probability", dims3, p_iii, "1");
      write_field(group, "class_iii_probability_plan", dims2, p_iii_plan, "1");
      write_field(group, "mean", dims3, mean, "mg/L");
      write_field(group, "std", dims3, sd, "mg/L");

      // Percentiles of the maximum over depth, reading the members again a block of rows at a time.
      std::vector<std::string> used_paths;
      for (std::size_t m = 0; m < records.size(); ++m)
        if (used[m]) used_paths.push_back(result_of(sweep_dir, records[m].number));
      // Bytes of values held at once: a constant, so memory does not grow with the members, and
      // large enough that 1000 members of a 75 000-cell grid at 8 times take two blocks (each block
      // reads every member again; decompressing them is most of the collection's time).
      constexpr std::size_t kPercentileBudget = std::size_t(512) << 20;
      const std::vector<std::vector<double>> percentiles = plan_percentiles(
          g, used_paths, species[s].name, summary.times, sweep.collect.percentiles, kPercentileBudget);
      for (std::size_t k = 0; k < percentiles.size(); ++k) {
        write_field(group, percentile_name(sweep.collect.percentiles[k]), dims2, percentiles[k], "mg/L");
      }

      // How likely each monitoring point exceeds by each collected time.
      const MemberScalars& sc = scalars[s];
      if (!sc.points.empty()) {
        std::vector<double> p(sc.points.size() * summary.times.size(), 0.0);
        const std::vector<std::size_t> everyone(records.size(), 0);
        for (std::size_t q = 0; q < sc.points.size(); ++q)
          for (std::size_t t = 0; t < summary.times.size(); ++t)
            p[q * summary.times.size() + t] = exceedance_fraction(sc.first_exceedance[q], used, everyone, 0, summary.times[t]);
        const h5::Dataset d = h5::write_array(group, "first_exceedance_probability", {hsize_t(sc.points.size()), nt}, p);
        h5::set_text(d, "units", "1");
        h5::set_texts(d, "points", sc.points);
      }

      if (!designs.keys.empty() && !sc.points.empty()) {
        const std::size_t nd = designs.levels.size(), np = sc.points.size();
        std::vector<double> p(nd * np * summary.times.size(), kNaN);
        for (std::size_t d = 0; d < nd; ++d)
          for (std::size_t q = 0; q < np; ++q)
            for (std::size_t t = 0; t < summary.times.size(); ++t)
              p[(d * np + q) * summary.times.size() + t] =
                  exceedance_fraction(sc.first_exceedance[q], used, designs.of_member, d, summary.times[t]);
        const h5::Dataset dp = h5::write_array(root.require_group("designs/" + species[s].name),
                                               "first_exceedance_probability", {hsize_t(nd), hsize_t(np), nt}, p);
        h5::set_text(dp, "units", "1");
        h5::set_texts(dp, "points", sc.points);
      }

      // Each member's own figures, and their rank correlations with the parameters.
      const h5::Group scalar_group = root.require_group("scalars/" + species[s].name);
      const h5::Group sensitivity = root.require_group("sensitivity/" + species[s].name);
      const hsize_t members_count = records.size();
      std::vector<std::string> keys = plan.keys;
      h5::set_texts(sensitivity, "parameters", keys);
      h5::set_text(sensitivity, "method", "Spearman rank correlation over the members collected");
      // Each parameter's number per member; NaN for a member not collected.
      std::vector<std::vector<double>> x(keys.size(), std::vector<double>(records.size(), kNaN));
      for (std::size_t c = 0; c < keys.size(); ++c)
        for (std::size_t m = 0; m < records.size(); ++m)
          if (used[m] && c < plan.members[m].numbers.size()) x[c][m] = plan.members[m].numbers[c];
      // Spearman of a parameter with one figure over the members that have both.
      const auto rank_of = [&](std::size_t c, const std::vector<double>& figure) {
        std::vector<double> a, b;
        for (std::size_t m = 0; m < records.size(); ++m)
          if (std::isfinite(x[c][m]) && !std::isnan(figure[m])) a.push_back(x[c][m]), b.push_back(figure[m]);
        return spearman(a, b);
      };
      for (std::size_t metric = 0; metric < 4; ++metric) {
        std::vector<double> flat;
        for (std::size_t m = 0; m < records.size(); ++m)
          for (std::size_t t = 0; t < summary.times.size(); ++t) flat.push_back(used[m] ? sc.values[metric][m][t] : kNaN);
        const h5::Dataset d = h5::write_array(scalar_group, MemberScalars::kNames[metric], {members_count, nt}, flat);
        h5::set_text(d, "units", MemberScalars::kUnits[metric]);
        // Spearman, and partial rank correlations (each parameter with the others' ranks regressed out).
        std::vector<double> ranks(keys.size() * summary.times.size(), kNaN), partial(ranks.size(), kNaN);
        for (std::size_t t = 0; t < summary.times.size(); ++t) {
          std::vector<double> figure;
          for (std::size_t m = 0; m < records.size(); ++m) figure.push_back(used[m] ? sc.values[metric][m][t] : kNaN);
          const std::vector<double> prcc = partial_rank_correlations(x, figure);
          for (std::size_t c = 0; c < keys.size(); ++c) {
            ranks[c * summary.times.size() + t] = rank_of(c, figure);
            partial[c * summary.times.size() + t] = prcc[c];
          }
        }
        const h5::Dataset r = h5::write_array(sensitivity, MemberScalars::kNames[metric], {hsize_t(keys.size()), nt}, ranks);
        h5::set_text(r, "units", "1");
        const h5::Dataset pr = h5::write_array(sensitivity.require_group("partial"), MemberScalars::kNames[metric],
                                               {hsize_t(keys.size()), nt}, partial);
        h5::set_text(pr, "units", "1");
      }
      if (!sc.points.empty()) {
        const h5::Group fe = scalar_group.require_group("first_exceedance");
        const h5::Group fe_sens = sensitivity.require_group("first_exceedance");
        for (std::size_t q = 0; q < sc.points.size(); ++q) {
          std::vector<double> v(sc.first_exceedance[q]);
          for (std::size_t m = 0; m < v.size(); ++m)
            if (!used[m] || std::isinf(v[m])) v[m] = kNaN;  // never exceeded: NaN, as in a result
          const h5::Dataset d = h5::write_array(fe, sc.points[q], {members_count}, v);
          h5::set_text(d, "units", "d");
          std::vector<double> ranks;
          for (std::size_t c = 0; c < keys.size(); ++c) ranks.push_back(rank_of(c, sc.first_exceedance[q]));
          const h5::Dataset r = h5::write_array(fe_sens, sc.points[q], {hsize_t(keys.size())}, ranks);
          h5::set_text(r, "units", "1");
        }
      }
      // How far the plume reaches from each source, per member and time, and its sensitivities.
      for (std::size_t k = 0; k < sc.sources.size(); ++k) {
        std::vector<double> flat, ranks;
        for (std::size_t m = 0; m < records.size(); ++m)
          for (std::size_t t = 0; t < summary.times.size(); ++t) flat.push_back(used[m] ? sc.distance[k][m][t] : kNaN);
        const h5::Dataset d =
            h5::write_array(scalar_group.require_group("distance"), sc.sources[k], {members_count, nt}, flat);
        h5::set_text(d, "units", "m");
        for (std::size_t c = 0; c < keys.size(); ++c)
          for (std::size_t t = 0; t < summary.times.size(); ++t) {
            std::vector<double> figure;
            for (std::size_t m = 0; m < records.size(); ++m) figure.push_back(used[m] ? sc.distance[k][m][t] : kNaN);
            ranks.push_back(rank_of(c, figure));
          }
        const h5::Dataset r = h5::write_array(sensitivity.require_group("distance"), sc.sources[k],
                                              {hsize_t(keys.size()), nt}, ranks);
        h5::set_text(r, "units", "1");
      }
      // What reached each receptor: its peak concentration and peak mass rate out, per member.
      for (const auto& [name, values, units] :
           {std::tuple{"receptor_peak", &sc.receptor_peak, "mg/L"},
            std::tuple{"receptor_peak_mass_flux", &sc.receptor_peak_flux, "g/d"}})
        for (std::size_t k = 0; k < sc.receptors.size(); ++k) {
          std::vector<double> v((*values)[k]);
          for (std::size_t m = 0; m < v.size(); ++m)
            if (!used[m]) v[m] = kNaN;
          const h5::Dataset d = h5::write_array(scalar_group.require_group(name), sc.receptors[k], {members_count}, v);
          h5::set_text(d, "units", units);
          std::vector<double> ranks;
          for (std::size_t c = 0; c < keys.size(); ++c) ranks.push_back(rank_of(c, v));
          const h5::Dataset r =
              h5::write_array(sensitivity.require_group(name), sc.receptors[k], {hsize_t(keys.size())}, ranks);
          h5::set_text(r, "units", "1");
        }
    }
    }
    file.close();
  }
  std::error_code error;
  fs::rename(partial, path, error);
  if (error) throw IoError("cannot rename " + partial + " to " + path + ": " + error.message());
  written.kept = true;
  return summary;
}

}  // namespace gwp::sweep
