#include "sweep/plan_percentiles.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "results/result_format.hpp"
#include "results/result_reader.hpp"
#include "sweep/member_plan.hpp"

namespace gwp::sweep {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

long time_index(const std::vector<double>& times, double t) {
  for (std::size_t i = 0; i < times.size(); ++i)
    if (std::abs(times[i] - t) <= 1e-9 * std::max(1.0, std::abs(t))) return long(i);
  return -1;
}

double percentile_of_sorted(const std::vector<double>& values, double p) {
  if (values.empty()) return kNaN;
  const double h = double(values.size() - 1) * p / 100.0;
  const std::size_t lo = std::size_t(std::floor(h)), hi = std::min(values.size() - 1, lo + 1);
  return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}

std::string percentile_name(double p) {
  std::string text = value_text(p, "");
  return "percentile_" + text;
}

std::vector<std::vector<double>> plan_percentiles(const Grid& g, const std::vector<std::string>& paths,
                                                  const std::string& species, const std::vector<double>& times,
                                                  const std::vector<double>& percentiles, std::size_t budget) {
  const std::size_t columns = std::size_t(g.column_count()), nx = std::size_t(g.nx), nt = times.size();
  const std::size_t members = paths.size();
  const std::size_t rows_per_block =
      std::max<std::size_t>(1, budget / std::max<std::size_t>(1, members * nx * nt * sizeof(double)));
  std::vector<std::vector<double>> out(percentiles.size(), std::vector<double>(nt * columns, kNaN));
  for (std::size_t row0 = 0; row0 < std::size_t(g.ny); row0 += rows_per_block) {
    const std::size_t row1 = std::min<std::size_t>(std::size_t(g.ny), row0 + rows_per_block);
    const std::size_t first = row0 * nx, count = (row1 - row0) * nx;
    // [time][column of the block]: the members' largest concentrations; each member opened once a block.
    std::vector<std::vector<std::vector<double>>> column_values(nt, std::vector<std::vector<double>>(count));
    for (const std::string& path : paths) {
      const results::ResultReader reader(path);
      const std::vector<double> member_times = reader.read("/transport/times").values;
      for (std::size_t t = 0; t < nt; ++t) {
        const long index = time_index(member_times, times[t]);
        if (index < 0) continue;
        const std::vector<double> c = reader.read_slice("/transport/" + species + "/concentration", std::size_t(index)).values;
        for (std::size_t q = 0; q < count; ++q) {
          double top = -HUGE_VAL;
          for (int k = 0; k < g.nz; ++k) {
            const std::size_t n = std::size_t(k) * columns + first + q;
            if (g.active[n]) top = std::max(top, c[n]);
          }
          if (top > -HUGE_VAL) column_values[t][q].push_back(top);
        }
      }
    }
    for (std::size_t t = 0; t < nt; ++t)
      for (std::size_t q = 0; q < count; ++q) {
        std::vector<double>& v = column_values[t][q];
        std::sort(v.begin(), v.end());
        for (std::size_t k = 0; k < percentiles.size(); ++k)
          out[k][t * columns + first + q] = v.empty() ? results::kInactiveValue : percentile_of_sorted(v, percentiles[k]);
      }
  }
  return out;
}

}  // namespace gwp::sweep
