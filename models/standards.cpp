#include "models/standards.hpp"

namespace gwp::model {

namespace {

struct Row {
  std::string_view name;
  QualityLimits limits;
};

// GB/T 14848-2017 Table 1 (and Table 2 for thallium), classes III and IV, mg/L.
// Nitrogen species are given as N; COD_Mn is the permanganate index (耗氧量) as O2.
constexpr Row kRows[] = {
    {"ammonia_n", {0.50, 1.50}},  {"chloride", {250.0, 350.0}}, {"sulfate", {250.0, 350.0}},
    {"sulphate", {250.0, 350.0}}, {"nitrate_n", {20.0, 30.0}},  {"nitrite_n", {1.00, 4.80}},
    {"cod_mn", {3.0, 10.0}},      {"iron", {0.3, 2.0}},         {"manganese", {0.10, 1.50}},
    {"cadmium", {0.005, 0.01}},   {"lead", {0.01, 0.10}},       {"chromium6", {0.05, 0.10}},
    {"arsenic", {0.01, 0.05}},    {"mercury", {0.001, 0.002}},  {"thallium", {0.0001, 0.001}},
};

}  // namespace

std::optional<QualityLimits> gbt14848_limits(std::string_view species) {
  for (const Row& r : kRows)
    if (r.name == species) return r.limits;
  return std::nullopt;
}

}  // namespace gwp::model
