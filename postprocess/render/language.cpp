#include "postprocess/render/language.hpp"

#include <cmath>

#include "postprocess/render/nice_numbers.hpp"

namespace gwp::render {

namespace {

// Terms as Chinese groundwater reports and GB/T 14848-2017 write them.
constexpr PictureWording kEnglish{
    "maximum over depth", "maximum over {v}", "layer {n}", "maximum over its {n} sublayers",
    "head of the top saturated of its {n} sublayers", "water table (head of the top saturated cell)", "peak",
    "GB/T 14848-2017 limits", "class III", "class IV", "case limit", "model grid boundary",
    "inactive (not modelled)", "section line A\u2013A\u2032", "equipotential (m asl)", "Easting", "Northing",
    "head (m asl)", "head", "water table", "multiples of {v}", "below {v} not coloured", "dry cell (head below its bottom)",
    "flow direction ({v})",
    "landfill", "river", "drain", "general-head boundary", "fixed-head boundary", "specified-flux boundary",
    "cutoff wall", "control plane", "other line", "pumping well", "abandoned well, open bore", "abandoned well, plugged",
    "monitoring point",
    "distance along the section (m)", "elevation (m asl)", "vertical exaggeration", "ground surface",
    "layer boundary", "pumping well screen", "inactive cell", "section from", "to",
    "time (years)", "time (d)", "date", "concentration", "concentration / limit", "breakthrough at", "at", ", ",
    "centre of dissolved mass", "centre of dissolved mass, {v}", "moves {v} m/yr", ", towards {v}", " from {v}",
    {"N", "NE", "E", "SE", "S", "SW", "W", "NW"}, "Mann-Kendall trends", "Mann-Kendall trend (Sen slope, mg/L/yr)",
    "trends {v}",
    {"increasing", "probably increasing", "no trend", "stable", "probably decreasing", "decreasing",
     "insufficient data"},
    "mg/L/yr", "back at or below the limit before the end", "not on the map: {v}",
    "chain total", "chain total ({v} equivalents)"};

constexpr PictureWording kChinese{
    "各层最大值", "{v}最大值", "第{n}层", "{n}个子层最大值", "{n}个子层中最上饱和层水头", "潜水面（最上饱和单元水头）",
    "峰值", "GB/T 14848-2017 限值", "Ⅲ类", "Ⅳ类", "设定限值", "模型边界", "非活动区（未模拟）",
    "剖面线 A\u2013A\u2032", "等水位线（m）", "东坐标", "北坐标", "水头（m）", "水头", "潜水面", "{v} 的倍数", "低于 {v} 不着色",
    "疏干单元（水头低于底板）", "水流方向（{v}）",
    "填埋场", "河流", "排水沟", "通用水头边界", "定水头边界", "定流量边界", "防渗墙", "控制断面", "其他线状要素", "抽水井",
    "废弃井（井孔敞开）", "废弃井（已封堵）", "监测点",
    "沿剖面距离（m）", "高程（m）", "垂向放大", "地面", "层界面", "抽水井滤管", "非活动单元", "剖面", "至",
    "时间（年）", "时间（天）", "日期", "浓度", "浓度 / 限值", "穿透曲线", "", "、",
    "溶解质量中心", "溶解质量中心，{v}", "移动速度 {v} m/年", "，方向 {v}", "（自 {v} 起）",
    {"北", "东北", "东", "东南", "南", "西南", "西", "西北"}, "Mann-Kendall 趋势", "Mann-Kendall 趋势（Sen 斜率，mg/L/年）",
    "趋势时段 {v}",
    {"上升", "可能上升", "无趋势", "稳定", "可能下降", "下降", "数据不足"},
    "mg/L/年", "期末前已降至限值及以下", "不在图内：{v}",
    "反应链总量", "反应链总量（以{v}当量计）"};

}  // namespace

const PictureWording& wording(Language language) { return language == Language::zh ? kChinese : kEnglish; }

std::string species_label(const results::SpeciesLimits& s, Language language) {
  if (language == Language::zh && !s.label_zh.empty()) return s.label_zh;
  return s.label.empty() ? s.name : s.label;
}

std::string picture_time(double days, const std::optional<Date>& start, Language language) {
  if (start || language == Language::en) return gwp::time_label(days, start);
  const std::string d = format_number(days, 7) + " 天";
  if (std::abs(days) < kDaysPerYear) return d;
  return d + "（" + format_number(days / kDaysPerYear, 3) + " 年）";
}

std::string fill(const char* pattern, const std::string& value) {
  std::string s = pattern;
  for (const char* key : {"{n}", "{v}"})
    for (std::size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
      s.replace(at, 3, value);
  return s;
}

}  // namespace gwp::render
