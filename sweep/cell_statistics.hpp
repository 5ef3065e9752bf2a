// Per-cell statistics of one species at one collected time over a sweep's members, built one
// member at a time: how many exceed the limit and class III (in the cell, and anywhere in its
// column), and the mean and the sum of squared deviations (Welford).
#pragma once
#include <vector>

#include "core/grid.hpp"

namespace gwp::sweep {

// Running counts and moments of one species at one time, cell by cell (Welford's update, which
// keeps the variance accurate whatever the mean).
struct CellStatistics {
  std::vector<double> above_limit, above_iii;        // members, per cell
  std::vector<double> plan_limit, plan_iii;          // members exceeding somewhere in the column
  std::vector<double> mean, m2;                      // mg/L, (mg/L)^2
  double members = 0.0;

  void resize(std::size_t cells, std::size_t columns) {
    for (auto* v : {&above_limit, &above_iii, &mean, &m2}) v->assign(cells, 0.0);
    for (auto* v : {&plan_limit, &plan_iii}) v->assign(columns, 0.0);
  }

  void add(const Grid& g, const std::vector<double>& c, double limit, double class_iii) {
    members += 1.0;
    const std::size_t columns = std::size_t(g.column_count());
    std::vector<unsigned char> col_limit(columns, 0), col_iii(columns, 0);
    for (std::size_t n = 0; n < c.size(); ++n) {
      if (!g.active[n]) continue;
      const double d = c[n] - mean[n];
      mean[n] += d / members;
      m2[n] += d * (c[n] - mean[n]);
      // A limit is exceeded only above its value.
      if (c[n] > limit) above_limit[n] += 1.0, col_limit[n % columns] = 1;
      if (class_iii >= 0.0 && c[n] > class_iii) above_iii[n] += 1.0, col_iii[n % columns] = 1;
    }
    for (std::size_t p = 0; p < columns; ++p) {
      plan_limit[p] += col_limit[p];
      plan_iii[p] += col_iii[p];
    }
  }
};

}  // namespace gwp::sweep
