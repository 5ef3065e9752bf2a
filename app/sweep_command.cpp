#include "app/sweep_command.hpp"

#include <exception>
#include <ostream>

#include "app/exit_codes.hpp"
#include "sweep/member_plan.hpp"
#include "sweep/sweep_file.hpp"

namespace gwp::app {

namespace {

// A CSV field: quoted when it holds a comma, a quote or a space.
std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\" ") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

int sweep_command(const SweepArguments& args, std::ostream& out, std::ostream& err) {
  try {
    const sweep::SweepFile file = sweep::read_sweep_file(args.sweep_file);
    const sweep::MemberPlan plan = sweep::plan_members(file);
    sweep::check_members(file, plan);
    err << "sweep " << file.name << ": " << plan.members.size() << " members (" << to_string(file.method);
    if (file.method == sweep::Method::latin_hypercube || file.method == sweep::Method::monte_carlo)
      err << ", seed " << file.seed;
    err << ") of " << file.base << ", each checked as a case\n";
    out << "member";
    for (const std::string& key : plan.keys) out << "," << csv_field(key);
    out << "\n";
    for (const sweep::Member& m : plan.members) {
      out << m.number;
      for (const std::string& v : m.values) out << "," << csv_field(v);
      out << "\n";
    }
    return ok;
  } catch (...) {
    return report_failure(std::current_exception(), err);
  }
}

}  // namespace gwp::app
