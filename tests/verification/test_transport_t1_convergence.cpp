// Grid convergence of T1 (MT3DMS problem 1b: alpha_L = 10 m, no sorption or decay): the
// error against Ogata-Banks as the cells shrink from 10 m to 5 m and 2.5 m, with the time step
// shrinking in proportion (Courant number 0.48 throughout). The held inlet cell and the fixed
// heads stay 1000 m apart (nx = 1000 m / dx + 1), so the velocity is 0.24 m/d on every grid.
//
// Error measure: the L1 norm, sum |C - C_exact| dx over every cell but the held one (mg/L m),
// which does not depend on how many cells there are; the max norm is reported beside it.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analytical/ogata_banks.hpp"
#include "test_transport_common.hpp"

namespace gwp::testing {
namespace {

struct Errors {
  double l1 = 0.0;   // mg/L m
  double max = 0.0;  // mg/L
};

Errors t1b_errors(double dx, const std::string& advection, const std::string& weighting) {
  const int nx = int(std::lround(1000.0 / dx)) + 1;
  const CaseRun r = run_case("t1_column_1d.toml",
                             {"grid.nx=" + std::to_string(nx), "grid.dx=" + std::to_string(dx),
                              "time.max_step=" + std::to_string(2.0 * dx) + " d",
                              "transport.advection=" + advection, "transport.weighting=" + weighting});
  const Grid& g = r.model.grid->grid;
  const auto& c = concentration_at(r, "conservative", 2000.0);
  const analytical::ColumnParameters p{0.24, 2.4, 1.0, 0.0, 1.0};
  Errors e;
  for (std::int64_t n = 1; n < g.cell_count(); ++n) {
    const double x = g.x_centre(int(n)) - g.x_centre(0);
    const double err = std::abs(c[std::size_t(n)] - analytical::ogata_banks(p, x, 2000.0));
    e.l1 += err * dx;
    e.max = std::max(e.max, err);
  }
  EXPECT_LT(largest_mass_discrepancy(r), 1e-3) << advection << " dx " << dx;
  return e;
}

// Runs the three grids, reports the errors and observed orders, and returns the finest order.
std::vector<double> study(const std::string& label, const std::string& advection, const std::string& weighting) {
  const double sizes[] = {10.0, 5.0, 2.5};
  std::vector<Errors> errors;
  std::vector<std::vector<double>> rows;
  for (double dx : sizes) errors.push_back(t1b_errors(dx, advection, weighting));
  std::vector<double> orders;
  for (std::size_t i = 0; i < 3; ++i) {
    const double order = i == 0 ? NAN : observed_order(errors[i - 1].l1, errors[i].l1, sizes[i - 1], sizes[i]);
    if (i > 0) orders.push_back(order);
    rows.push_back({sizes[i], errors[i].l1, errors[i].max, order});
    report("T1b " + label, "l1_error_dx_" + std::to_string(int(sizes[i] * 10)) + "dm", errors[i].l1, NAN, "mg/L m");
  }
  write_csv("T1_convergence_" + label, {"dx_m", "l1_error_mg_L_m", "max_error_mg_L", "observed_order"}, rows);
  report("T1b " + label, "observed_order_5m", orders[0], NAN, "-");
  report("T1b " + label, "observed_order_2.5m", orders[1], NAN, "-");
  return orders;
}

// Upwind advection with backward Euler: both the numerical dispersion of upwinding (v dx / 2) and
// that of the implicit steps (v^2 dt / 2, dt proportional to dx) are first order, so the error
// must halve with the cell size: observed order between 0.8 and 1.2.
TEST(VerificationTransport, T1ConvergenceUpwind) {
  const auto orders = study("upwind", "upwind", "implicit");
  for (double p : orders) {
    EXPECT_GT(p, 0.8);
    EXPECT_LT(p, 1.2);
  }
}

// TVD advection with Crank-Nicolson steps: second order in space wherever the limiter leaves the
// high-order flux alone, and second order in time. The profile is smooth (grid Peclet number
// dx / alpha_L <= 1) and monotone, so the limiter acts only where it flattens into C = 1 and
// C = 0; the observed order must exceed 1.3 (about 2 where the limiter is idle, pulled down by
// the few cells where it clips). Backward Euler steps would hold it at 1 (their error is v^2 dt / 2).
TEST(VerificationTransport, T1ConvergenceTvd) {
  const auto orders = study("tvd", "tvd", "crank-nicolson");
  for (double p : orders) EXPECT_GT(p, 1.3);
}

}  // namespace
}  // namespace gwp::testing
