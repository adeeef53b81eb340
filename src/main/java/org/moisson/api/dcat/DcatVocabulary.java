package org.moisson.api.dcat;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/** The terms Moisson writes in DCAT-AP 3, and the prefixes its Turtle and JSON-LD use. */
final class DcatVocabulary {
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String ADMS = "http://www.w3.org/ns/adms#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String LOCN = "http://www.w3.org/ns/locn#";
  static final String GSP = "http://www.opengis.net/ont/geosparql#";
  static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String ORG = "http://www.w3.org/ns/org#";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final String DATACITE = "http://purl.org/spar/datacite/";
  static final String DCMITYPE = "http://purl.org/dc/dcmitype/";
  static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

  static final Resource DATASET = res(DCAT, "Dataset");
  static final Resource CATALOG = res(DCAT, "Catalog");
  static final Resource DISTRIBUTION_CLASS = res(DCAT, "Distribution");
  static final Resource RELATIONSHIP = res(DCAT, "Relationship");
  static final Resource ROLE = res(DCAT, "Role");
  static final Resource AGENT = res(FOAF, "Agent");
  static final Resource PERSON = res(FOAF, "Person");
  static final Resource ORGANIZATION = res(FOAF, "Organization");
  static final Resource DOCUMENT = res(FOAF, "Document");
  static final Resource LOCATION = res(DCT, "Location");
  static final Resource PERIOD = res(DCT, "PeriodOfTime");
  static final Resource LICENSE_DOCUMENT = res(DCT, "LicenseDocument");
  static final Resource RIGHTS_STATEMENT = res(DCT, "RightsStatement");
  static final Resource MEDIA_TYPE_OR_EXTENT = res(DCT, "MediaTypeOrExtent");
  static final Resource MEDIA_TYPE_CLASS = res(DCT, "MediaType");
  static final Resource LINGUISTIC_SYSTEM = res(DCT, "LinguisticSystem");
  static final Resource IDENTIFIER_CLASS = res(ADMS, "Identifier");
  static final Resource CONCEPT = res(SKOS, "Concept");
  static final Resource VCARD_KIND = res(VCARD, "Kind");
  static final Resource CONCEPT_SCHEME = res(SKOS, "ConceptScheme");
  static final Resource COLLECTION = res(HYDRA, "Collection");
  static final Resource PARTIAL_VIEW = res(HYDRA, "PartialCollectionView");

  static final Property TITLE = prop(DCT, "title");
  static final Property DESCRIPTION = prop(DCT, "description");
  static final Property IDENTIFIER = prop(DCT, "identifier");
  static final Property ADMS_IDENTIFIER = prop(ADMS, "identifier");
  static final Property NOTATION = prop(SKOS, "notation");
  static final Property PREF_LABEL = prop(SKOS, "prefLabel");
  static final Property IN_SCHEME = prop(SKOS, "inScheme");
  static final Property LABEL = prop(RDFS, "label");
  static final Property CREATOR = prop(DCT, "creator");
  static final Property CONTRIBUTOR = prop(DCT, "contributor");
  static final Property PUBLISHER = prop(DCT, "publisher");
  static final Property CONTACT_POINT = prop(DCAT, "contactPoint");
  static final Property VCARD_FN = prop(VCARD, "fn");
  static final Property VCARD_URL = prop(VCARD, "hasURL");
  static final Property NAME = prop(FOAF, "name");
  static final Property GIVEN_NAME = prop(FOAF, "givenName");
  static final Property FAMILY_NAME = prop(FOAF, "familyName");
  static final Property MEMBER_OF = prop(ORG, "memberOf");
  static final Property ISSUED = prop(DCT, "issued");
  static final Property MODIFIED = prop(DCT, "modified");
  static final Property CREATED = prop(DCT, "created");
  static final Property KEYWORD = prop(DCAT, "keyword");
  static final Property THEME = prop(DCAT, "theme");
  static final Property THEME_TAXONOMY = prop(DCAT, "themeTaxonomy");
  static final Property SUBJECT = prop(DCT, "subject");
  static final Property SPATIAL = prop(DCT, "spatial");
  static final Property BBOX = prop(DCAT, "bbox");
  static final Property GEOMETRY = prop(LOCN, "geometry");
  static final Property TEMPORAL = prop(DCT, "temporal");
  static final Property START_DATE = prop(DCAT, "startDate");
  static final Property END_DATE = prop(DCAT, "endDate");
  static final Property LICENSE = prop(DCT, "license");
  static final Property ACCESS_RIGHTS = prop(DCT, "accessRights");
  static final Property DISTRIBUTION = prop(DCAT, "distribution");
  static final Property ACCESS_URL = prop(DCAT, "accessURL");
  static final Property DOWNLOAD_URL = prop(DCAT, "downloadURL");
  static final Property FORMAT = prop(DCT, "format");
  static final Property MEDIA_TYPE = prop(DCAT, "mediaType");
  static final Property BYTE_SIZE = prop(DCAT, "byteSize");
  static final Property LANDING_PAGE = prop(DCAT, "landingPage");
  static final Property HOMEPAGE = prop(FOAF, "homepage");
  static final Property QUALIFIED_RELATION = prop(DCAT, "qualifiedRelation");
  static final Property RELATION = prop(DCT, "relation");
  static final Property HAD_ROLE = prop(DCAT, "hadRole");
  static final Property VERSION = prop(DCAT, "version");
  static final Property LANGUAGE = prop(DCT, "language");
  static final Property TYPE = prop(DCT, "type");
  static final Property DATASET_LINK = prop(DCAT, "dataset");
  static final Property TOTAL_ITEMS = prop(HYDRA, "totalItems");
  static final Property VIEW = prop(HYDRA, "view");
  static final Property FIRST = prop(HYDRA, "first");
  static final Property NEXT = prop(HYDRA, "next");
  static final Property PREVIOUS = prop(HYDRA, "previous");
  static final Property LAST = prop(HYDRA, "last");
  static final Property ITEMS_PER_PAGE = prop(HYDRA, "itemsPerPage");

  private DcatVocabulary() {}

  static PrefixMapping prefixes() {
    return PrefixMapping.Factory.create()
        .setNsPrefix("dcat", DCAT).setNsPrefix("dct", DCT).setNsPrefix("foaf", FOAF).setNsPrefix("adms", ADMS)
        .setNsPrefix("skos", SKOS).setNsPrefix("locn", LOCN).setNsPrefix("gsp", GSP).setNsPrefix("hydra", HYDRA)
        .setNsPrefix("rdfs", RDFS).setNsPrefix("org", ORG).setNsPrefix("vcard", VCARD).setNsPrefix("xsd", XSD)
        .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#").lock();
  }

  private static Resource res(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }

  private static Property prop(String ns, String local) {
    return ResourceFactory.createProperty(ns, local);
  }
}
