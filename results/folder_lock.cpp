#include "results/folder_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace gwp::results {

namespace fs = std::filesystem;

namespace {

std::string reason(int error) { return std::strerror(error); }

// What the holder wrote ("pid 1234 on host"), or a plain phrase if it has not written it yet.
std::string holder_of(int fd) {
  char text[256] = {};
  const ssize_t n = pread(fd, text, sizeof text - 1, 0);
  std::string holder = n > 0 ? std::string(text, std::size_t(n)) : std::string();
  while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
  return holder.empty() ? "a process that has not yet written its pid" : holder;
}

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "an unknown host";
  return name;
}

}  // namespace

FolderLock::FolderLock(const std::string& folder) {
  const std::string shown = folder.empty() ? "." : folder;
  std::error_code error;
  if (!folder.empty()) fs::create_directories(folder, error);
  if (error) throw IoError("cannot create the output folder " + shown + ": " + error.message());
  // The probe before any computing: root passes access(2) on a read-only mode but not on a
  // read-only file system, which the lock file's creation below then reports.
  if (access(shown.c_str(), W_OK | X_OK) != 0) {
    throw IoError("cannot write in the output folder " + shown + ": " + reason(errno));
  }
  path_ = (fs::path(shown) / kLockFileName).string();
  // Never truncated on open: the holder's pid stays readable for the message below.
  fd_ = open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw IoError("cannot write in the output folder " + shown + ": " + path_ + ": " + reason(errno));
  if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int e = errno;
    const std::string holder = e == EWOULDBLOCK ? holder_of(fd_) : std::string();
    close(fd_);
    fd_ = -1;
    if (e != EWOULDBLOCK) throw IoError("cannot lock the output folder " + shown + ": " + path_ + ": " + reason(e));
    throw FolderInUse("the output folder " + shown + " is in use by another gwplume run (" + holder +
                      "); wait for it to end or end it, or write to another folder");
  }
  const std::string text = "pid " + std::to_string(getpid()) + " on " + host_name() + "\n";
  if (ftruncate(fd_, 0) != 0 || pwrite(fd_, text.data(), text.size(), 0) != ssize_t(text.size())) {
    const int e = errno;
    close(fd_);
    fd_ = -1;
    throw IoError("cannot write " + path_ + ": " + (e == 0 ? std::string("short write") : reason(e)));
  }
}

FolderLock::~FolderLock() {
  if (fd_ < 0) return;
  // The file stays (removing it would let two processes lock two different files); emptied, it no
  // longer names a holder.
  (void)ftruncate(fd_, 0);
  close(fd_);
}

}  // namespace gwp::results
