#include "models/shape_file.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <string>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "models/suggest.hpp"

namespace gwp::model {

namespace {

namespace fs = std::filesystem;

// While alive, GDAL's messages are kept for CPLGetLastErrorMsg instead of printed.
struct QuietGdal {
  QuietGdal() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }
  ~QuietGdal() { CPLPopErrorHandler(); }
  QuietGdal(const QuietGdal&) = delete;
  QuietGdal& operator=(const QuietGdal&) = delete;
};

std::string gdal_said() {
  const std::string said = CPLGetLastErrorMsg();
  return said.empty() ? "" : " (GDAL: " + said + ")";
}

// At most 10 names, quoted, for "expected one of" lists.
std::string listed(const std::vector<std::string>& names) {
  std::vector<std::string> shown;
  for (std::size_t k = 0; k < names.size() && k < 10; ++k) shown.push_back("'" + names[k] + "'");
  if (names.size() > 10) shown.push_back("... " + std::to_string(names.size() - 10) + " more");
  return join(shown);
}

bool is_csv(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".csv";
}

GDALDatasetUniquePtr open_vector(const std::string& path) {
  // A CSV of vertices: columns x and y (or X/Y, easting/northing) make point rows.
  const char* csv_options[] = {"X_POSSIBLE_NAMES=x,X,easting,Easting,EASTING",
                               "Y_POSSIBLE_NAMES=y,Y,northing,Northing,NORTHING", "KEEP_GEOM_COLUMNS=NO", nullptr};
  return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                is_csv(path) ? csv_options : nullptr, nullptr));
}

OGRLayer* choose_layer(GDALDataset& ds, const Field& layer_key, const Field& f, const std::string& file) {
  std::vector<std::string> names;
  for (int k = 0; k < ds.GetLayerCount(); ++k) names.push_back(ds.GetLayer(k)->GetName());
  if (!layer_key) {
    if (names.size() == 1) return ds.GetLayer(0);
    f.error("file '" + file + "' holds " + std::to_string(names.size()) + " layers (" + listed(names) +
            "): choose one with layer = \"...\"");
    return nullptr;
  }
  const auto name = layer_key.string();
  if (!name) return nullptr;
  if (OGRLayer* layer = ds.GetLayerByName(name->c_str())) return layer;
  layer_key.error("no layer '" + *name + "' in file '" + file + "' (expected one of: " + listed(names) + ")");
  return nullptr;
}

// Index of the field that names features: the first called "name" in any case.
int name_field(OGRFeatureDefn* defn) {
  for (int k = 0; k < defn->GetFieldCount(); ++k) {
    std::string n = defn->GetFieldDefn(k)->GetNameRef();
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (n == "name") return k;
  }
  return -1;
}

std::unique_ptr<OGRFeature> choose_feature(OGRLayer& layer, const Field& feature_key, const Field& f,
                                           const std::string& where) {
  layer.ResetReading();
  if (!feature_key) {
    const GIntBig count = layer.GetFeatureCount();
    if (count != 1) {
      f.error(where + " holds " + std::to_string(count) + " features: choose one with feature = \"<name>\" (the "
              "value of its 'name' field) or feature = <FID>");
      return nullptr;
    }
    return std::unique_ptr<OGRFeature>(layer.GetNextFeature());
  }
  if (feature_key.node()->is_integer()) {
    const auto fid = feature_key.integer();
    if (!fid) return nullptr;
    std::unique_ptr<OGRFeature> feature(layer.GetFeature(GIntBig(*fid)));
    if (!feature) feature_key.error("no feature with FID " + std::to_string(*fid) + " in " + where);
    return feature;
  }
  const auto name = feature_key.string();
  if (!name) return nullptr;
  const int field = name_field(layer.GetLayerDefn());
  if (field < 0) {
    feature_key.error(where + " has no 'name' field to find '" + *name + "' by: choose the feature by FID "
                      "(feature = 1)");
    return nullptr;
  }
  std::vector<std::string> names;
  std::unique_ptr<OGRFeature> found;
  int matches = 0;
  for (auto& feature : layer) {
    const std::string value = feature->GetFieldAsString(field);
    names.push_back(value);
    if (value == *name && matches++ == 0) found.reset(feature->Clone());
  }
  if (matches > 1) {
    feature_key.error(where + " has " + std::to_string(matches) + " features named '" + *name +
                      "': choose one by FID (feature = <FID>)");
    return nullptr;
  }
  if (!found) feature_key.error("no feature named '" + *name + "' in " + where + " (expected one of: " +
                                listed(names) + ")");
  return found;
}

// The single part of a geometry of `kind`, or a message saying why there is none.
const OGRGeometry* single_part(const OGRGeometry* g, ShapeKind kind, std::string& problem) {
  const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
  const bool polygon = kind == ShapeKind::polygon;
  if (type == (polygon ? wkbMultiPolygon : wkbMultiLineString)) {
    const auto* parts = g->toGeometryCollection();
    if (parts->getNumGeometries() == 1) return parts->getGeometryRef(0);
    problem = std::string("is a ") + g->getGeometryName() + " of " + std::to_string(parts->getNumGeometries()) +
              " parts; a case " + (polygon ? "polygon" : "line") +
              " is one part: split it into features (or dissolve it) in the GIS";
    return nullptr;
  }
  if (type == (polygon ? wkbPolygon : wkbLineString)) return g;
  problem = std::string("is a ") + g->getGeometryName() + ", expected a " +
            (polygon ? "polygon (POLYGON)" : "line (LINESTRING)");
  return nullptr;
}

std::string crs_name(const OGRSpatialReference& srs) {
  const char* authority = srs.GetAuthorityName(nullptr);
  const char* code = srs.GetAuthorityCode(nullptr);
  const std::string name = srs.GetName() ? srs.GetName() : "unnamed";
  return authority && code ? std::string(authority) + ":" + code + " (" + name + ")" : "'" + name + "'";
}

// Moves `points` from the file's CRS into the case's [grid] crs; false (reported) when the case
// has none or GDAL cannot do it.
bool into_case_crs(std::vector<Point>& points, const OGRSpatialReference& file_srs, const Field& f,
                   const std::string& where) {
  const std::string& crs = f.reader().crs;
  if (crs.empty()) {
    f.error(where + " is in " + crs_name(file_srs) + " but the case has no grid.crs to put it in: give [grid] crs "
            "(e.g. \"EPSG:4547\"), or remove the file's CRS if its coordinates are the grid's");
    return false;
  }
  OGRSpatialReference case_srs;
  if (case_srs.SetFromUserInput(crs.c_str()) != OGRERR_NONE) {
    f.error("cannot put " + where + " into grid.crs \"" + crs + "\": GDAL does not know that CRS" + gdal_said());
    return false;
  }
  if (case_srs.IsSame(&file_srs)) return true;
  OGRSpatialReference from(file_srs);
  from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // x = easting / longitude, whatever the CRS says
  case_srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&from, &case_srs));
  for (Point& p : points) {
    if (!transform || !transform->Transform(1, &p[0], &p[1])) {
      f.error("cannot reproject " + where + " from " + crs_name(file_srs) + " into grid.crs \"" + crs + "\"" +
              gdal_said());
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::vector<Point>> read_shape_file(const Field& f, ShapeKind kind, std::size_t minimum) {
  auto s = f.section();
  if (!s) return std::nullopt;
  const Field file_key = s->require("file");
  const Field layer_key = s->get("layer");
  const Field feature_key = s->get("feature");
  const auto path = file_key.string();
  if (!path) return std::nullopt;
  const std::string shown = fs::path(*path).filename().string();
  if (!fs::is_regular_file(*path)) {
    // A folder (GDAL would take one as a dataset of Shapefiles) or a device is named as such.
    const std::string what = !fs::exists(*path)        ? "file not found"
                             : fs::is_directory(*path) ? "a directory, not a file (name the .shp, .gpkg, .geojson or .csv in it)"
                                                       : "not a regular file";
    file_key.error(what + " (looked for \"" + *path + "\")");
    return std::nullopt;
  }
  const QuietGdal quiet;
  GDALAllRegister();
  GDALDatasetUniquePtr ds = open_vector(*path);
  if (!ds) {
    file_key.error("GDAL cannot read '" + *path + "' as a vector file (Shapefile, GeoPackage, GeoJSON, CSV ...)" +
                   gdal_said());
    return std::nullopt;
  }
  OGRLayer* layer = choose_layer(*ds, layer_key, f, shown);
  if (!layer) return std::nullopt;
  const std::string where = "layer '" + std::string(layer->GetName()) + "' of '" + shown + "'";

  std::vector<Point> points;
  if (wkbFlatten(layer->GetGeomType()) == wkbPoint) {
    // Vertices one per feature (a CSV of x, y rows), in file order.
    if (feature_key) {
      feature_key.error("does not apply to " + where + ", a layer of points: its points, in order, are the vertices");
      return std::nullopt;
    }
    layer->ResetReading();
    for (auto& feature : *layer) {
      const OGRGeometry* g = feature->GetGeometryRef();
      if (!g || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint) {
        f.error(where + ": feature " + std::to_string(feature->GetFID()) + " has no point (expected numbers in "
                "columns x and y of every row)");
        return std::nullopt;
      }
      points.push_back({g->toPoint()->getX(), g->toPoint()->getY()});
    }
  } else {
    const std::unique_ptr<OGRFeature> feature = choose_feature(*layer, feature_key, f, where);
    if (!feature) return std::nullopt;
    const Field& at = feature_key ? feature_key : f;
    const std::string which = "feature " + std::to_string(feature->GetFID()) + " of " + where;
    const OGRGeometry* g = feature->GetGeometryRef();
    if (!g || g->IsEmpty()) {
      at.error(which + " has no geometry");
      return std::nullopt;
    }
    std::string problem;
    const OGRGeometry* part = single_part(g, kind, problem);
    if (!part) {
      at.error(which + " " + problem);
      return std::nullopt;
    }
    const OGRLineString* line = nullptr;
    if (kind == ShapeKind::polygon) {
      const OGRPolygon* polygon = part->toPolygon();
      if (polygon->getNumInteriorRings() > 0) {
        at.error(which + " has " + std::to_string(polygon->getNumInteriorRings()) +
                 " holes; a case polygon is one outline without holes");
        return std::nullopt;
      }
      line = polygon->getExteriorRing();
    } else {
      line = part->toLineString();
    }
    for (int p = 0; line && p < line->getNumPoints(); ++p) points.push_back({line->getX(p), line->getY(p)});
    // A ring repeats its first vertex; a case polygon is closed without it.
    if (kind == ShapeKind::polygon && points.size() > 1 && points.front() == points.back())
      points.pop_back();
  }
  if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !into_case_crs(points, *srs, f, where))
    return std::nullopt;
  if (points.size() < minimum) {
    f.error("too few points in " + where + " (found " + std::to_string(points.size()) + ", expected at least " +
            std::to_string(minimum) + ")");
    return std::nullopt;
  }
  return points;
}

}  // namespace gwp::model
