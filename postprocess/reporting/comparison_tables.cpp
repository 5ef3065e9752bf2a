#include "postprocess/reporting/comparison_tables.hpp"

#include <sstream>

#include "postprocess/reporting/figure_catalogue.hpp"
#include "postprocess/reporting/figure_change.hpp"
#include "postprocess/reporting/number_format.hpp"

namespace gwp::reporting {

namespace {

void write_row(std::ostringstream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\n";
}

}  // namespace

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string comparison_csv(const Comparison& c) {
  std::ostringstream out;
  write_row(out, {"scenario", "case_name", "file", "species", "time_d", "quantity", "subject", "units", "value",
                  "baseline", "change", "change_percent"});
  for (const ComparedRow& row : c.rows) {
    const double baseline = row.values.front();
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      const ScenarioInfo& s = c.scenarios[i];
      const Change change = change_against(row.values[i], baseline, row.scale);
      write_row(out, {s.label, s.case_name, s.path, row.species, format_csv_number(row.time), row.quantity,
                      row.subject, quantity_info(row.quantity).units, format_csv_number(row.values[i]),
                      format_csv_number(baseline), format_csv_number(change.absolute),
                      format_csv_number(change.percent)});
    }
  }
  for (const BoreComparedRow& row : c.bores) {
    const double baseline = row.values.front();
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      const ScenarioInfo& s = c.scenarios[i];
      const Change change = change_against(row.values[i], baseline, row.scale);
      write_row(out, {s.label, s.case_name, s.path, row.species, format_csv_number(row.time), bore_quantity(row),
                      bore_subject(row), "g", format_csv_number(row.values[i]), format_csv_number(baseline),
                      format_csv_number(change.absolute), format_csv_number(change.percent)});
    }
  }
  return out.str();
}

std::string verdict_csv(const Comparison& c) {
  std::ostringstream out;
  write_row(out, {"scenario", "case_name", "species", "receptor", "kind", "limit_name", "limit_mg_per_l", "through_d",
                  "samples", "exceeds", "first_exceedance_d", "peak_mg_per_l", "peak_time_d"});
  for (const VerdictRow& v : c.verdicts) {
    const ScenarioInfo& s = c.scenarios[v.scenario];
    const Compliance& k = v.compliance;
    write_row(out, {s.label, s.case_name, v.species, v.receptor, v.kind, v.limit.name, format_csv_number(v.limit.value),
                    format_csv_number(k.through), k.recorded ? std::string() : std::to_string(k.samples),
                    k.exceeds ? "yes" : "no",
                    format_csv_number(k.first_exceedance), format_csv_number(k.peak.value),
                    format_csv_number(k.peak.time)});
  }
  return out.str();
}

}  // namespace gwp::reporting
