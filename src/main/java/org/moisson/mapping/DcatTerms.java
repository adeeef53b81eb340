package org.moisson.mapping;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF terms the DCAT mapper reads, DCAT-AP 2 and 3 and GeoDCAT-AP, in one place. */
final class DcatTerms {
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String ADMS = "http://www.w3.org/ns/adms#";
  static final String LOCN = "http://www.w3.org/ns/locn#";
  static final String TIME = "http://www.w3.org/2006/time#";
  static final String OWL = "http://www.w3.org/2002/07/owl#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String ORG = "http://www.w3.org/ns/org#";
  static final String GEODCAT = "http://data.europa.eu/930/";
  static final String DCATAP = "http://data.europa.eu/r5r/";
  static final String GSP = "http://www.opengis.net/ont/geosparql#";
  static final String SCHEMA = "http://schema.org/";
  static final String SCHEMA_HTTPS = "https://schema.org/";

  static final Resource DATASET = res(DCAT, "Dataset");
  static final Resource DATASET_SERIES = res(DCAT, "DatasetSeries");
  static final Resource CATALOG = res(DCAT, "Catalog");

  static final Property TYPE = prop("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type");
  static final Property TITLE = prop(DCT, "title");
  static final Property DESCRIPTION = prop(DCT, "description");
  static final Property IDENTIFIER = prop(DCT, "identifier");
  static final Property ADMS_IDENTIFIER = prop(ADMS, "identifier");
  static final Property NOTATION = prop(SKOS, "notation");
  static final Property LANDING_PAGE = prop(DCAT, "landingPage");
  static final Property PUBLISHER = prop(DCT, "publisher");
  static final Property CREATOR = prop(DCT, "creator");
  static final Property CONTRIBUTOR = prop(DCT, "contributor");
  static final Property RIGHTS_HOLDER = prop(DCT, "rightsHolder");
  static final Property CONTACT_POINT = prop(DCAT, "contactPoint");
  static final Property QUALIFIED_ATTRIBUTION = prop(PROV, "qualifiedAttribution");
  static final Property PROV_AGENT = prop(PROV, "agent");
  static final Property HAD_ROLE = prop(DCAT, "hadRole");
  static final Property ISSUED = prop(DCT, "issued");
  static final Property MODIFIED = prop(DCT, "modified");
  static final Property CREATED = prop(DCT, "created");
  static final Property KEYWORD = prop(DCAT, "keyword");
  static final Property THEME = prop(DCAT, "theme");
  static final Property SUBJECT = prop(DCT, "subject");
  static final Property HVD_CATEGORY = prop(DCATAP, "hvdCategory");
  static final Property SPATIAL = prop(DCT, "spatial");
  static final Property BBOX = prop(DCAT, "bbox");
  static final Property CENTROID = prop(DCAT, "centroid");
  static final Property GEOMETRY = prop(LOCN, "geometry");
  static final Property GEOGRAPHIC_NAME = prop(LOCN, "geographicName");
  static final Property AS_WKT = prop(GSP, "asWKT");
  static final Property AS_GEOJSON = prop(GSP, "asGeoJSON");
  static final Property AS_GML = prop(GSP, "asGML");
  static final Property HAS_GEOMETRY = prop(GSP, "hasGeometry");
  static final Property TEMPORAL = prop(DCT, "temporal");
  static final Property START_DATE = prop(DCAT, "startDate");
  static final Property END_DATE = prop(DCAT, "endDate");
  static final Property HAS_BEGINNING = prop(TIME, "hasBeginning");
  static final Property HAS_END = prop(TIME, "hasEnd");
  static final Property LICENSE = prop(DCT, "license");
  static final Property RIGHTS = prop(DCT, "rights");
  static final Property ACCESS_RIGHTS = prop(DCT, "accessRights");
  static final Property DISTRIBUTION = prop(DCAT, "distribution");
  static final Property ACCESS_URL = prop(DCAT, "accessURL");
  static final Property DOWNLOAD_URL = prop(DCAT, "downloadURL");
  static final Property ACCESS_SERVICE = prop(DCAT, "accessService");
  static final Property ENDPOINT_URL = prop(DCAT, "endpointURL");
  static final Property FORMAT = prop(DCT, "format");
  static final Property MEDIA_TYPE = prop(DCAT, "mediaType");
  static final Property BYTE_SIZE = prop(DCAT, "byteSize");
  static final Property DCT_TYPE = prop(DCT, "type");
  static final Property LANGUAGE = prop(DCT, "language");
  static final Property VERSION_INFO = prop(OWL, "versionInfo");
  static final Property VERSION = prop(DCAT, "version");
  static final Property QUALIFIED_RELATION = prop(DCAT, "qualifiedRelation");
  static final Property RELATION = prop(DCT, "relation");
  static final Property EXACT_MATCH = prop(SKOS, "exactMatch");
  static final Property SAME_AS = prop(OWL, "sameAs");
  static final Property PREF_LABEL = prop(SKOS, "prefLabel");
  static final Property RDFS_LABEL = prop(RDFS, "label");

  private DcatTerms() {}

  static Property prop(String ns, String local) {
    return ResourceFactory.createProperty(ns, local);
  }

  static Resource res(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }
}
