#include "models/standards.hpp"

namespace gwp::model {

namespace {

struct Row {
  std::string_view name;
  QualityLimits limits;
};

// GB/T 14848-2017 Table 1 (and Table 2 for thallium), classes III and IV, mg/L.
constexpr Row kRows[] = {
    {"ammonia_n", {0.50, 1.50}},  {"chloride", {250.0, 350.0}}, {"sulfate", {250.0, 350.0}},
    {"sulphate", {250.0, 350.0}}, {"nitrate_n", {20.0, 30.0}},  {"nitrite_n", {1.00, 4.80}},
    {"cod_mn", {3.0, 10.0}},      {"iron", {0.3, 2.0}},         {"manganese", {0.10, 1.50}},
    {"cadmium", {0.005, 0.01}},   {"lead", {0.01, 0.10}},       {"chromium6", {0.05, 0.10}},
    {"arsenic", {0.01, 0.05}},    {"mercury", {0.001, 0.002}},  {"thallium", {0.0001, 0.001}},
};

// Formulas as the standard's Table 1 writes them (nitrogen species as N), and its Chinese names.
struct Names {
  std::string_view name;
  SpeciesNames names;
};
constexpr Names kNames[] = {
    {"ammonia_n", {"NH₃-N", "氨氮"}},
    {"chloride", {"Cl⁻", "氯化物"}},
    {"sulfate", {"SO₄²⁻", "硫酸盐"}},
    {"sulphate", {"SO₄²⁻", "硫酸盐"}},
    {"nitrate_n", {"NO₃⁻-N", "硝酸盐氮"}},
    {"nitrite_n", {"NO₂⁻-N", "亚硝酸盐氮"}},
    {"cod_mn", {"CODₘₙ", "耗氧量"}},
    {"iron", {"Fe", "铁"}},
    {"manganese", {"Mn", "锰"}},
    {"cadmium", {"Cd", "镉"}},
    {"lead", {"Pb", "铅"}},
    {"chromium6", {"Cr(VI)", "六价铬"}},
    {"arsenic", {"As", "砷"}},
    {"mercury", {"Hg", "汞"}},
    {"thallium", {"Tl", "铊"}},
};

}  // namespace

std::optional<SpeciesNames> standard_names(std::string_view species) {
  for (const Names& n : kNames)
    if (n.name == species) return n.names;
  return std::nullopt;
}

std::optional<QualityLimits> gbt14848_limits(std::string_view species) {
  for (const Row& r : kRows)
    if (r.name == species) return r.limits;
  return std::nullopt;
}

}  // namespace gwp::model
