package org.moisson.api.dcat;

import static org.moisson.api.dcat.DcatVocabulary.*;

import java.util.function.LongFunction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.Dataset;

/** One page of the catalogue: the dcat:Catalog, its datasets, and the Hydra view that pages it. */
final class CatalogPage {
  private final Model m;
  private final Resource catalog;
  private final DcatDatasetWriter writer;

  CatalogPage(Model m, String base, String title, String publisher) {
    this.m = m;
    this.catalog = describeCatalogue(m, base, title, publisher);
    this.writer = new DcatDatasetWriter(m, base);
  }

  /** The catalogue itself, with the mandatory title, description and publisher of DCAT-AP. */
  static Resource describeCatalogue(Model m, String base, String title, String publisher) {
    Resource c = m.createResource(base + "/catalog", CATALOG);
    c.addProperty(TITLE, title, "en");
    c.addProperty(DESCRIPTION, "Research datasets harvested from the platform's repositories by " + title + ".", "en");
    c.addProperty(DESCRIPTION, "Jeux de données de recherche moissonnés dans les entrepôts de la plateforme par " + title + ".", "fr");
    c.addProperty(PUBLISHER, m.createResource(base + "/#publisher", AGENT).addProperty(NAME, publisher));
    c.addProperty(HOMEPAGE, m.createResource(base + "/", DOCUMENT));
    Resource scheme = m.createResource(DcatDatasetWriter.themeScheme(base), CONCEPT_SCHEME);
    scheme.addProperty(TITLE, title + " themes", "en");
    c.addProperty(THEME_TAXONOMY, scheme);
    return c;
  }

  void add(String id, Dataset d) {
    catalog.addProperty(DATASET_LINK, writer.write(id, d));
  }

  /**
   * Hydra paging: the catalogue is a hydra:Collection with its total, and the page a
   * hydra:PartialCollectionView named by its own URL, with first, previous, next and last.
   */
  void paging(long total, int size, int page, long last, LongFunction<String> url) {
    catalog.addProperty(org.apache.jena.vocabulary.RDF.type, COLLECTION);
    catalog.addLiteral(TOTAL_ITEMS, m.createTypedLiteral(total));
    Resource view = m.createResource(url.apply(page), PARTIAL_VIEW);
    view.addLiteral(ITEMS_PER_PAGE, m.createTypedLiteral((long) size));
    view.addProperty(FIRST, m.createResource(url.apply(1)));
    view.addProperty(LAST, m.createResource(url.apply(last)));
    if (page > 1) view.addProperty(PREVIOUS, m.createResource(url.apply(Math.min(page - 1, last))));
    if (page < last) view.addProperty(NEXT, m.createResource(url.apply(page + 1)));
    catalog.addProperty(VIEW, view);
  }
}
