// T7 of VERIFICATION.md: MT3DMS problem 2, a pulse through a column with Freundlich and
// Langmuir sorption, against a converged fine-grid solution of the same equations
// (analytical/reference_column.hpp): the breakthrough at the middle of the column, cell 51.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "analytical/reference_column.hpp"
#include "test_transport_common.hpp"

namespace gwp::testing {
namespace {

constexpr double kSecond = 1.0 / 86400.0;   // d
constexpr double kSource = 0.05;             // mg/L for the first 160 s
constexpr double kObserved = 0.0808;         // m, centre of cell 51 from the inlet face

// The column of MT3DMS problem 2 in m and d: 16.16 cm long, v = 0.1 cm/s, alpha_L = 1 cm,
// theta = 0.37, rho_b = 1.587 kg/L; the water entering at the west face carries 0.05 mg/L until
// 160 s; on `cells` cells with steps of `step_s` seconds.
analytical::ReferenceColumn column(const analytical::Isotherm& iso, int cells, double step_s) {
  analytical::ReferenceColumn c;
  c.outer = 0.1616;
  c.cells = cells;
  c.area = 0.0016 * 0.01;
  c.porosity = 0.37;
  c.flow = 0.001 * 86400.0 * c.porosity * c.area;
  c.bulk_density = 1.587;
  c.dispersivity = 0.01;
  c.sorption = iso;
  c.inlet = analytical::ReferenceColumn::Inlet::flux;
  c.inlet_concentration = [](double t) { return t < 160.0 * kSecond ? kSource : 0.0; };
  c.inlet_changes = {160.0 * kSecond};
  c.step = step_s * kSecond;
  return c;
}

struct Breakthrough {
  double max_abs = 0.0;        // largest |C - C_ref| / c0 over the series
  double at_time = 0.0;        // s
  double reference_change = 0.0;  // largest change of C_ref / c0 when its cells and steps are halved
};

// Compares the model's breakthrough at cell 51 (every step) with the reference at 0.08 cm and
// 1 s; the reference at 0.16 cm and 2 s gives the reference's own error (a third of the change,
// at second order).
Breakthrough compare(const CaseRun& r, const std::string& species, const analytical::Isotherm& iso) {
  // The series starts with the initial state at t = 0 (clean water), where the reference starts.
  auto series = r.results.series.at("monitoring/cell 51/" + species);
  EXPECT_EQ(series.front()[0], 0.0);
  EXPECT_EQ(series.front()[1], 0.0);
  series.erase(series.begin());
  std::vector<double> times;
  for (const auto& row : series) {
    times.push_back(std::round(row[0] / kSecond) * kSecond);
    EXPECT_NEAR(times.back(), row[0], 1e-6 * kSecond) << "the model's steps are the case's 1 s steps";
  }
  const auto fine = analytical::solve_reference_column(column(iso, 202, 1.0), times);
  std::vector<double> even;  // the coarse reference's steps of 2 s reach only the even seconds
  for (double t : times)
    if (long(std::lround(t / kSecond)) % 2 == 0) even.push_back(t);
  const auto coarse = analytical::solve_reference_column(column(iso, 101, 2.0), even);
  Breakthrough b;
  std::vector<std::vector<double>> rows;
  for (std::size_t k = 0, m = 0; k < series.size(); ++k) {
    const double ref = analytical::profile_at(fine[k], kObserved) / kSource;
    const double computed = series[k][1] / kSource;
    if (m < coarse.size() && std::abs(coarse[m].time - times[k]) < 0.1 * kSecond)
      b.reference_change = std::max(b.reference_change, std::abs(ref - analytical::profile_at(coarse[m++], kObserved) / kSource));
    if (std::abs(computed - ref) > b.max_abs) {
      b.max_abs = std::abs(computed - ref);
      b.at_time = series[k][0] / kSecond;
    }
    rows.push_back({series[k][0] / kSecond, computed, ref});
  }
  write_csv("T7_" + species + "_breakthrough", {"t_s", "computed_relative", "reference_relative"}, rows);
  return b;
}

// Tolerance 0.02 of the injected concentration. The model's cells (0.16 cm) are a sixth of the
// dispersivity (grid Peclet number 0.16), so space costs little; its backward Euler steps of 1 s
// add a numerical dispersion v^2 dt / (2 R), i.e. 5 % / R of alpha_L v (R >= 2.3 for Langmuir at
// C = 0, larger for Freundlich at low C), which shifts a breakthrough curve by about 1 % of c0;
// 0.02 allows twice that.
void check_variant(const CaseRun& r, const std::string& species, const analytical::Isotherm& iso) {
  ASSERT_GT(r.results.series.count("monitoring/cell 51/" + species), 0u);
  const Breakthrough b = compare(r, species, iso);
  const std::string label = "T7 " + species;
  report(label, "max_abs_error_relative", b.max_abs, 0.02, "-");
  report(label, "reference_change_on_halving", b.reference_change, 3e-3, "-");
  std::printf("%s: %.4g at %.0f s; reference change %.3g\n", label.c_str(), b.max_abs, b.at_time, b.reference_change);
  EXPECT_LT(b.reference_change, 3e-3) << label;  // the reference's own error, a third of this, is 1/20 of the tolerance
  EXPECT_LT(b.max_abs, 0.02) << label << " at " << b.at_time << " s";
  check_budgets(label, r);
}

// The species are independent; each test runs the case and checks one of them.
TEST(VerificationTransport, T7Freundlich) {
  const CaseRun r = run_case("t7_nonlinear_sorption.toml");
  check_variant(r, "freundlich", {analytical::Isotherm::Kind::freundlich, 0.3, 0.7, 0.0, 0.0});
}

// Freundlich's exponent set to 1 here (a linear isotherm), so that this test depends on the
// Langmuir isotherm alone.
TEST(VerificationTransport, T7Langmuir) {
  const CaseRun r = run_case("t7_nonlinear_sorption.toml", {"species.freundlich.sorption.exponent=1.0"});
  check_variant(r, "langmuir", {analytical::Isotherm::Kind::langmuir, 0.0, 1.0, 100.0, 0.003});
}

}  // namespace
}  // namespace gwp::testing
