// Ownership of one HDF5 identifier: closed exactly once, when its owner goes away.
// Every file, group, dataset, dataspace, datatype, property list and attribute of the h5 layer
// lives in a Handle, so an exception anywhere leaves no identifier open.
#pragma once
#include <hdf5.h>

#include <utility>

namespace gwp::results::h5 {

class Handle {
 public:
  using Closer = herr_t (*)(hid_t);

  Handle() = default;
  Handle(hid_t id, Closer closer) : id_(id), closer_(closer) {}
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept
      : id_(std::exchange(other.id_, H5I_INVALID_HID)), closer_(other.closer_) {}
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, H5I_INVALID_HID);
      closer_ = other.closer_;
    }
    return *this;
  }
  ~Handle() { reset(); }

  hid_t get() const { return id_; }
  bool valid() const { return id_ >= 0; }

  // Closes now and reports the library's status. On success the handle is empty; if the library
  // refused (a file with objects still open), it keeps the identifier so a later reset() retries.
  herr_t close() {
    if (!valid()) return 0;
    const herr_t status = closer_(id_);
    if (status >= 0) id_ = H5I_INVALID_HID;
    return status;
  }
  // Forgets the identifier without closing it: for one the library has already torn down.
  void release() { id_ = H5I_INVALID_HID; }
  // Closes without reporting, and forgets the identifier whatever happens: for destructors and
  // unwinding, where nothing more can be done about it.
  void reset() {
    (void)close();
    id_ = H5I_INVALID_HID;
  }

 private:
  hid_t id_ = H5I_INVALID_HID;
  Closer closer_ = nullptr;
};

}  // namespace gwp::results::h5
