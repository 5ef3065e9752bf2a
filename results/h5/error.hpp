// HDF5 failures as gwp::IoError. The library's own printing of its error stack is turned off and
// the message is built here instead, naming the file, the object path and what was attempted,
// followed by the library's most specific explanation.
#pragma once
#include <hdf5.h>

#include <string>
#include <string_view>

namespace gwp::results::h5 {

// An object inside a file, for messages.
struct Where {
  std::string file;    // path of the file on disk
  std::string object;  // path inside the file, "/" for the root group, empty for the file itself
};

// Stops the library from printing its error stack to stderr; failures are reported through
// IoError instead. Debian's HDF5 is built thread-safe, where this holds for the calling thread's
// default stack only: File calls it on every open and create, so use a file on the thread that
// opened it.
void silence_library_errors();

// The library's current error stack as one line: the failing API call's description and, when
// different, the innermost (most specific) one. Clears the stack.
std::string take_library_errors();

// Throws gwp::IoError "cannot <action> <object> in <file>: <library explanation>", or
// "cannot <action> <file>: ..." when the object is the file itself.
[[noreturn]] void fail(const Where& where, std::string_view action);

// Library calls return a negative id or status on failure; these turn that into fail().
hid_t check_id(hid_t id, const Where& where, std::string_view action);
herr_t check_status(herr_t status, const Where& where, std::string_view action);

}  // namespace gwp::results::h5
