package org.moisson.harvest.dcat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.moisson.harvest.HarvestException;

/**
 * The next page of a Hydra-paged catalogue: hydra:next on a PartialCollectionView (Hydra today)
 * or hydra:nextPage on a PagedCollection (the older terms, still written by ckanext-dcat, often
 * as a string literal), in the current namespace or the 2013 one at purl.org.
 */
final class HydraPaging {
  private static final List<String> NAMESPACES = List.of("http://www.w3.org/ns/hydra/core#", "http://purl.org/hydra/core#");
  private static final List<Property> NEXT = NAMESPACES.stream()
      .flatMap(ns -> Stream.of(ResourceFactory.createProperty(ns, "next"),
          ResourceFactory.createProperty(ns, "nextPage")))
      .toList();

  private HydraPaging() {}

  /**
   * The next page's URL, resolved against the page's own; null on the last page. When several
   * resources name a next page, the one that is this page (its URL as requested or as served
   * after redirects) wins, then the first in order.
   */
  static URI next(Model page, URI requested, URI served) throws HarvestException {
    List<Statement> links = new ArrayList<>();
    for (Property p : NEXT) links.addAll(page.listStatements(null, p, (RDFNode) null).toList());
    if (links.isEmpty()) return null;
    links.sort(Comparator.comparing((Statement s) -> !isPage(s, requested, served))
        .thenComparing(s -> s.getObject().toString()));
    return target(links.get(0).getObject(), served);
  }

  private static boolean isPage(Statement s, URI requested, URI served) {
    if (!s.getSubject().isURIResource()) return false;
    String subject = s.getSubject().getURI();
    return subject.equals(requested.toString()) || subject.equals(served.toString());
  }

  private static URI target(RDFNode o, URI served) throws HarvestException {
    String text = o.isURIResource() ? o.asResource().getURI()
        : o.isLiteral() ? o.asLiteral().getLexicalForm().strip() : "";
    try {
      return served.resolve(new URI(text));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new HarvestException("page " + served + " names a next page that is not a URL: '" + text + "'", e);
    }
  }
}
