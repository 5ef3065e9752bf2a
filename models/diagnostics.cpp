#include "models/diagnostics.hpp"

#include <sstream>

namespace gwp::model {

std::string Diagnostic::format() const {
  std::ostringstream s;
  s << (where.file.empty() ? "<case>" : where.file) << ':' << where.line << ':' << where.column << ": ";
  if (!where.key.empty()) s << where.key << ": ";
  s << message;
  return s.str();
}

void Diagnostics::add(const Location& where, std::string message) {
  items_.push_back(Diagnostic{where, std::move(message)});
}

void Diagnostics::throw_if_any() const {
  if (!items_.empty()) throw InputError(items_);
}

namespace {
std::string join(const std::vector<Diagnostic>& problems) {
  std::string out;
  for (const auto& p : problems) {
    if (!out.empty()) out += '\n';
    out += p.format();
  }
  return out;
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> ps) : std::runtime_error(join(ps)), problems(std::move(ps)) {}

}  // namespace gwp::model
