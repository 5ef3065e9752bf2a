#include "results/h5/error.hpp"

#include <vector>

#include "core/errors.hpp"

namespace gwp::results::h5 {

namespace {

herr_t collect_description(unsigned, const H5E_error2_t* error, void* sink) {
  auto* descriptions = static_cast<std::vector<std::string>*>(sink);
  if (error->desc != nullptr && error->desc[0] != '\0') {
    // One line: the library's I/O failures hold ctime()'s text, which ends in a newline.
    std::string text(error->desc);
    for (char& c : text)
      if (c == '\n') c = ' ';
    descriptions->push_back(std::move(text));
  }
  return 0;
}

}  // namespace

void silence_library_errors() {
  // Before the library's first call in the process: no exit handler. HDF5 1.10 leaves a file whose
  // close failed (a full disk: its cache cannot be flushed) freed but listed, and its exit handler
  // then closes it again and crashes, turning exit code 3 into a segmentation fault. Every file
  // is closed by its File before the program ends, so the handler has nothing else to do.
  // (Once the library has started, this only sets a flag the handler does not read.)
  (void)H5dont_atexit();
  (void)H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

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
