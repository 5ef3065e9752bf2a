#include "results/h5/attribute.hpp"

#include "core/errors.hpp"
#include "results/h5/types.hpp"

namespace gwp::results::h5 {

namespace {

std::string write_action(const std::string& name) { return "write attribute '" + name + "' of"; }
std::string read_action(const std::string& name) { return "read attribute '" + name + "' of"; }

Handle make_space(const Where& where, std::size_t count, bool scalar, const std::string& action) {
  if (scalar) return Handle(check_id(H5Screate(H5S_SCALAR), where, action), H5Sclose);
  const hsize_t extent = count;
  return Handle(check_id(H5Screate_simple(1, &extent, nullptr), where, action), H5Sclose);
}

// Replaces attribute `name` with `data` of memory type `type` (stored with the same type).
void write_attribute(const Object& object, const std::string& name, hid_t type, hid_t space,
                     const void* data) {
  const std::string action = write_action(name);
  const htri_t exists = H5Aexists(object.id(), name.c_str());
  if (exists < 0) fail(object.where(), action);
  if (exists > 0) check_status(H5Adelete(object.id(), name.c_str()), object.where(), action);
  Handle attribute(
      check_id(H5Acreate2(object.id(), name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT),
               object.where(), action),
      H5Aclose);
  check_status(H5Awrite(attribute.get(), type, data), object.where(), action);
}

void write_texts(const Object& object, const std::string& name,
                 const std::vector<std::string>& values, bool scalar) {
  const std::string action = write_action(name);
  const Handle type = make_text_type(object.where());
  const Handle space = make_space(object.where(), values.size(), scalar, action);
  std::vector<const char*> pointers;
  pointers.reserve(values.size());
  for (const std::string& value : values) pointers.push_back(value.c_str());
  write_attribute(object, name, type.get(), space.get(), pointers.data());
}

Handle open_attribute(const Object& object, const std::string& name) {
  return Handle(
      check_id(H5Aopen(object.id(), name.c_str(), H5P_DEFAULT), object.where(), read_action(name)),
      H5Aclose);
}

std::size_t element_count(hid_t attribute, const Where& where, const std::string& action) {
  Handle space(check_id(H5Aget_space(attribute), where, action), H5Sclose);
  const hssize_t count = H5Sget_simple_extent_npoints(space.get());
  if (count < 0) fail(where, action);
  return std::size_t(count);
}

[[noreturn]] void wrong_kind(const Object& object, const std::string& name, const char* expected) {
  throw IoError("attribute '" + name + "' of " + object.path() + " in " + object.where().file +
                " is not " + expected);
}

}  // namespace

void set_text(const Object& object, const std::string& name, const std::string& value) {
  write_texts(object, name, {value}, true);
}

void set_texts(const Object& object, const std::string& name,
               const std::vector<std::string>& values) {
  write_texts(object, name, values, false);
}

void set_real(const Object& object, const std::string& name, double value) {
  const Handle space = make_space(object.where(), 1, true, write_action(name));
  write_attribute(object, name, H5T_NATIVE_DOUBLE, space.get(), &value);
}

void set_reals(const Object& object, const std::string& name, const std::vector<double>& values) {
  const Handle space = make_space(object.where(), values.size(), false, write_action(name));
  write_attribute(object, name, H5T_NATIVE_DOUBLE, space.get(), values.data());
}

void set_integer(const Object& object, const std::string& name, std::int64_t value) {
  const Handle space = make_space(object.where(), 1, true, write_action(name));
  write_attribute(object, name, H5T_NATIVE_INT64, space.get(), &value);
}

bool has_attribute(const Object& object, const std::string& name) {
  const htri_t exists = H5Aexists(object.id(), name.c_str());
  if (exists < 0) fail(object.where(), "look up attribute '" + name + "' of");
  return exists > 0;
}

namespace {

herr_t collect_attribute_name(hid_t, const char* name, const H5A_info_t*, void* sink) {
  static_cast<std::vector<std::string>*>(sink)->emplace_back(name);
  return 0;
}

}  // namespace

std::vector<std::string> attribute_names(const Object& object) {
  std::vector<std::string> names;
  check_status(
      H5Aiterate2(object.id(), H5_INDEX_NAME, H5_ITER_INC, nullptr, collect_attribute_name, &names),
      object.where(), "list the attributes of");
  return names;
}

AttributeKind attribute_kind(const Object& object, const std::string& name) {
  const Handle attribute = open_attribute(object, name);
  Handle type(check_id(H5Aget_type(attribute.get()), object.where(), read_action(name)), H5Tclose);
  switch (H5Tget_class(type.get())) {
    case H5T_STRING:
      return AttributeKind::text;
    case H5T_INTEGER:
    case H5T_FLOAT:
      return AttributeKind::number;
    default:
      return AttributeKind::other;
  }
}

std::vector<std::string> get_texts(const Object& object, const std::string& name) {
  const std::string action = read_action(name);
  const Handle attribute = open_attribute(object, name);
  // Read with the stored string type itself: no conversion between character sets or paddings.
  Handle type(check_id(H5Aget_type(attribute.get()), object.where(), action), H5Tclose);
  if (H5Tget_class(type.get()) != H5T_STRING) wrong_kind(object, name, "text");
  const std::size_t count = element_count(attribute.get(), object.where(), action);
  std::vector<std::string> values;
  values.reserve(count);
  const htri_t variable = H5Tis_variable_str(type.get());
  if (variable < 0) fail(object.where(), action);
  if (variable > 0) {
    std::vector<char*> pointers(count, nullptr);
    check_status(H5Aread(attribute.get(), type.get(), pointers.data()), object.where(), action);
    for (char* p : pointers) values.emplace_back(p != nullptr ? p : "");
    Handle space(check_id(H5Aget_space(attribute.get()), object.where(), action), H5Sclose);
    check_status(H5Dvlen_reclaim(type.get(), space.get(), H5P_DEFAULT, pointers.data()),
                 object.where(), action);
  } else {
    const std::size_t width = H5Tget_size(type.get());
    std::vector<char> buffer(count * width, '\0');
    check_status(H5Aread(attribute.get(), type.get(), buffer.data()), object.where(), action);
    for (std::size_t e = 0; e < count; ++e)
      values.push_back(unpad(buffer.data() + e * width, width));
  }
  return values;
}

std::string get_text(const Object& object, const std::string& name) {
  std::vector<std::string> values = get_texts(object, name);
  if (values.size() != 1) wrong_kind(object, name, "a single string");
  return std::move(values.front());
}

std::vector<double> get_reals(const Object& object, const std::string& name) {
  const std::string action = read_action(name);
  const Handle attribute = open_attribute(object, name);
  Handle type(check_id(H5Aget_type(attribute.get()), object.where(), action), H5Tclose);
  const H5T_class_t type_class = H5Tget_class(type.get());
  if (type_class != H5T_INTEGER && type_class != H5T_FLOAT) wrong_kind(object, name, "a number");
  std::vector<double> values(element_count(attribute.get(), object.where(), action), 0.0);
  check_status(H5Aread(attribute.get(), H5T_NATIVE_DOUBLE, values.data()), object.where(), action);
  return values;
}

double get_real(const Object& object, const std::string& name) {
  const std::vector<double> values = get_reals(object, name);
  if (values.size() != 1) wrong_kind(object, name, "a single number");
  return values.front();
}

}  // namespace gwp::results::h5
