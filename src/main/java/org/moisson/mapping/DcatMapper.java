package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.moisson.rdf.RdfException;
import org.moisson.rdf.SafeRdf;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.Languages;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;

/**
 * DCAT-AP 2 and 3 (and GeoDCAT-AP) to {@link Dataset}. The payload is one dataset's description
 * in N-Triples, as {@link DcatGraphs#datasets} cuts it from a catalogue page.
 *
 * <p>The dataset is the one resource typed dcat:Dataset or dcat:DatasetSeries. When a payload
 * holds several (a page passed whole), it is the one no other of them points to; if that still
 * leaves more than one, the payload is refused rather than a dataset picked at random.
 */
public final class DcatMapper implements MetadataMapper {
  private static final String EU_THEME = "publications.europa.eu/resource/authority/data-theme/";
  /** The DCAT-AP mandatory theme vocabulary, so its themes read as words even when the page lacks labels. */
  private static final Map<String, String> EU_THEMES = Map.ofEntries(
      Map.entry("AGRI", "Agriculture, fisheries, forestry and food"), Map.entry("ECON", "Economy and finance"),
      Map.entry("EDUC", "Education, culture and sport"), Map.entry("ENER", "Energy"),
      Map.entry("ENVI", "Environment"), Map.entry("GOVE", "Government and public sector"),
      Map.entry("HEAL", "Health"), Map.entry("INTR", "International issues"),
      Map.entry("JUST", "Justice, legal system and public safety"), Map.entry("REGI", "Regions and cities"),
      Map.entry("SOCI", "Population and society"), Map.entry("TECH", "Science and technology"),
      Map.entry("TRAN", "Transport"), Map.entry("OP_DATPRO", "Provisional data"));
  /** dct:type values (DCMI types, INSPIRE resource types…) by local name, as DataCite resourceTypeGeneral. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("dataset", "Dataset"), Map.entry("nongeographicdataset", "Dataset"),
      Map.entry("series", "Collection"), Map.entry("collection", "Collection"),
      Map.entry("service", "Service"), Map.entry("software", "Software"), Map.entry("text", "Text"),
      Map.entry("image", "Image"), Map.entry("stillimage", "Image"), Map.entry("movingimage", "Audiovisual"),
      Map.entry("sound", "Sound"), Map.entry("physicalobject", "PhysicalObject"),
      Map.entry("interactiveresource", "InteractiveResource"), Map.entry("event", "Event"));

  @Override
  public String format() {
    return "dcat";
  }

  @Override
  public Dataset map(String payload) {
    Model model;
    try {
      model = SafeRdf.parse(payload, Lang.NTRIPLES, null);
    } catch (RdfException e) {
      throw new MappingException("DCAT payload is not N-Triples: " + e.getMessage(), e);
    }
    Resource ds = root(model);
    DatasetBuilder b = Dataset.builder();
    b.titles.addAll(RdfReading.texts(ds, DcatTerms.TITLE));
    if (b.titles.isEmpty()) throw new MappingException("DCAT dataset " + name(ds) + " has no dct:title");
    b.descriptions.addAll(RdfReading.texts(ds, DcatTerms.DESCRIPTION));
    identifiers(ds, b);
    b.landingPage = RdfReading.firstString(ds, DcatTerms.LANDING_PAGE);
    DcatAgents.read(ds, b);
    b.issued = RdfReading.date(ds, DcatTerms.ISSUED);
    b.modified = RdfReading.date(ds, DcatTerms.MODIFIED);
    String created = RdfReading.date(ds, DcatTerms.CREATED);
    if (created != null) b.dates.add(new TypedDate("Created", created));
    b.resourceType = resourceType(ds);
    keywords(ds, b);
    DcatCoverage.read(ds, b);
    DcatDistributions.read(ds, b);
    DcatRelations.read(ds, b);
    b.version = RdfReading.firstString(ds, DcatTerms.VERSION);
    if (b.version == null) b.version = RdfReading.firstString(ds, DcatTerms.VERSION_INFO);
    languages(ds, b);
    return b.build();
  }

  private static Resource root(Model model) {
    List<Resource> datasets = new ArrayList<>();
    model.listSubjects().forEachRemaining(s -> {
      if (DcatGraphs.isDataset(s)) datasets.add(s);
    });
    if (datasets.isEmpty()) throw new MappingException("DCAT payload holds no dcat:Dataset");
    if (datasets.size() == 1) return datasets.get(0);
    List<Resource> unreferenced = datasets.stream()
        .filter(d -> datasets.stream().noneMatch(other -> !other.equals(d) && model.contains(other, null, d)))
        .toList();
    if (unreferenced.size() == 1) return unreferenced.get(0);
    throw new MappingException("DCAT payload describes " + datasets.size()
        + " datasets and none stands out as the main one: split the page with DcatGraphs.datasets");
  }

  private static String name(Resource r) {
    return r.isURIResource() ? "<" + r.getURI() + ">" : "(blank node)";
  }

  /** The dataset IRI, then dct:identifier values, then adms:identifier notations. */
  private static void identifiers(Resource ds, DatasetBuilder b) {
    if (ds.isURIResource()) b.identifier(Identifier.parse(ds.getURI()));
    for (RDFNode n : RdfReading.values(ds, DcatTerms.IDENTIFIER)) b.identifier(Identifier.parse(RdfReading.string(n)));
    for (Resource adms : RdfReading.resources(ds, DcatTerms.ADMS_IDENTIFIER)) {
      for (RDFNode n : RdfReading.values(adms, DcatTerms.NOTATION)) {
        String declared = n.isLiteral() && n.asLiteral().getDatatypeURI() != null
            ? RdfReading.localName(n.asLiteral().getDatatypeURI()) : null; // e.g. ^^<…/datacite/doi>
        b.identifier(Identifier.parse(RdfReading.string(n), declared));
      }
    }
  }

  /** A DatasetSeries is a DataCite Collection; otherwise dct:type decides, and a dcat:Dataset is a Dataset. */
  private static ResourceType resourceType(Resource ds) {
    RDFNode type = RdfReading.first(ds, DcatTerms.DCT_TYPE);
    String detail = type == null ? null
        : type.isResource() && RdfReading.label(type.asResource()) != null ? RdfReading.label(type.asResource())
        : RdfReading.string(type);
    String general = "Dataset";
    if (ds.hasProperty(DcatTerms.TYPE, DcatTerms.DATASET_SERIES)) general = "Collection";
    else if (type != null && RdfReading.string(type) != null) {
      general = TYPES.getOrDefault(RdfReading.localName(RdfReading.string(type)).toLowerCase(Locale.ROOT), "Dataset");
    }
    return new ResourceType(general, detail);
  }

  /** Free keywords, then concepts: themes, subjects and HVD categories, by scheme and URI. */
  private static void keywords(Resource ds, DatasetBuilder b) {
    for (RDFNode n : RdfReading.values(ds, DcatTerms.KEYWORD)) b.keyword(Keyword.of(RdfReading.string(n)));
    concepts(ds, DcatTerms.THEME, "dcat:theme", b);
    concepts(ds, DcatTerms.SUBJECT, "dct:subject", b);
    concepts(ds, DcatTerms.HVD_CATEGORY, "dcatap:hvdCategory", b);
  }

  /**
   * A concept's label is its skos:prefLabel when the page gives it, else (for the EU data themes)
   * a known label, else its IRI: the vocabulary service resolves IRIs of the thesauri it loads.
   */
  private static void concepts(Resource ds, Property p, String scheme, DatasetBuilder b) {
    for (RDFNode n : RdfReading.values(ds, p)) {
      if (n.isLiteral()) {
        b.keyword(Keyword.of(RdfReading.string(n)));
        continue;
      }
      String uri = n.isURIResource() ? n.asResource().getURI() : null;
      String label = RdfReading.label(n.asResource());
      if (label == null && uri != null && uri.contains(EU_THEME)) label = EU_THEMES.get(RdfReading.localName(uri));
      if (label == null) label = uri;
      if (label != null) b.keyword(new Keyword(label, scheme, uri));
    }
  }

  private static void languages(Resource ds, DatasetBuilder b) {
    for (RDFNode n : RdfReading.values(ds, DcatTerms.LANGUAGE)) {
      String lang = Languages.normalise(RdfReading.string(n));
      if (lang != null && !b.languages.contains(lang)) b.languages.add(lang);
    }
  }
}
