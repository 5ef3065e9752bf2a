// Attributes of a group or dataset. Writing replaces an attribute of the same name, so a value
// such as a result's `status` can be updated in place. Text is stored as variable-length UTF-8,
// numbers as 64-bit floats or integers; reading converts any stored number to double.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "results/h5/object.hpp"

namespace gwp::results::h5 {

void set_text(const Object& object, const std::string& name, const std::string& value);
void set_texts(const Object& object, const std::string& name,
               const std::vector<std::string>& values);
void set_real(const Object& object, const std::string& name, double value);
void set_reals(const Object& object, const std::string& name, const std::vector<double>& values);
void set_integer(const Object& object, const std::string& name, std::int64_t value);

enum class AttributeKind { text, number, other };

bool has_attribute(const Object& object, const std::string& name);
std::vector<std::string> attribute_names(const Object& object);
AttributeKind attribute_kind(const Object& object, const std::string& name);

// Every element of a text attribute (a scalar gives one); fixed-length or variable-length.
std::vector<std::string> get_texts(const Object& object, const std::string& name);
// A text attribute holding exactly one string.
std::string get_text(const Object& object, const std::string& name);
// Every element of a numeric attribute, converted to double.
std::vector<double> get_reals(const Object& object, const std::string& name);
// A numeric attribute holding exactly one number.
double get_real(const Object& object, const std::string& name);

}  // namespace gwp::results::h5
