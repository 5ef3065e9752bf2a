#include "results/h5/error.hpp"

#include <vector>

#include "core/errors.hpp"

namespace gwp::results::h5 {

namespace {

herr_t collect_description(unsigned, const H5E_error2_t* error, void* sink) {
  auto* descriptions = static_cast<std::vector<std::string>*>(sink);
  if (error->desc != nullptr && error->desc[0] != '\0') descriptions->emplace_back(error->desc);
  return 0;
}

}  // namespace

void silence_library_errors() { (void)H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); }

std::string take_library_errors() {
  // Walking downward starts at the API call and ends at the deepest routine that noticed the fault.
  std::vector<std::string> descriptions;
  (void)H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collect_description, &descriptions);
  (void)H5Eclear2(H5E_DEFAULT);
  if (descriptions.empty()) return "no explanation from the HDF5 library";
  if (descriptions.size() == 1 || descriptions.front() == descriptions.back()) {
    return descriptions.front();
  }
  return descriptions.front() + " (" + descriptions.back() + ")";
}

void fail(const Where& where, std::string_view action) {
  // Read the stack first: any further library call would clear it.
  const std::string explanation = take_library_errors();
  const std::string subject =
      where.object.empty() ? where.file : where.object + " in " + where.file;
  throw IoError("cannot " + std::string(action) + " " + subject + ": " + explanation);
}

hid_t check_id(hid_t id, const Where& where, std::string_view action) {
  if (id < 0) fail(where, action);
  return id;
}

herr_t check_status(herr_t status, const Where& where, std::string_view action) {
  if (status < 0) fail(where, action);
  return status;
}

}  // namespace gwp::results::h5
