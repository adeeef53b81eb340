package org.moisson.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Cuts a parsed DCAT page into one payload per dataset, the input of {@link DcatMapper}.
 *
 * <pre>{@code
 * for (DcatGraphs.Description d : DcatGraphs.datasets(pageModel)) store(d.dataset(), d.nTriples());
 * }</pre>
 *
 * A description is the dataset's own triples plus those of what it points to and the page
 * describes (distributions, agents, periods, locations, concepts…), followed up to
 * {@value #MAX_DEPTH} links away and never twice. Other datasets, dataset series and catalogues
 * are left out (a link to them stays, their description does not): each is a record of its own.
 *
 * <p>The text is canonical N-Triples: blank nodes are relabelled by their place in the
 * description (not the parser's random labels) and lines are sorted, so the same description
 * read twice, or from Turtle, RDF/XML or JSON-LD, gives the same bytes and the same content hash.
 */
public final class DcatGraphs {
  /** How many links away from the dataset a described resource is still part of its payload. */
  public static final int MAX_DEPTH = 4;

  private DcatGraphs() {}

  /** A dataset of the page (an IRI or a blank node of the page's model) and its payload. */
  public record Description(Resource dataset, String nTriples) {}

  /** Every dcat:Dataset and dcat:DatasetSeries of the page, IRIs in order first, then blank nodes. */
  public static List<Description> datasets(Model page) {
    List<Description> out = new ArrayList<>();
    for (Resource r : roots(page)) out.add(new Description(r, describe(r)));
    out.sort(Comparator.comparing((Description d) -> d.dataset().isAnon())
        .thenComparing(d -> d.dataset().isAnon() ? d.nTriples() : d.dataset().getURI()));
    return out;
  }

  /** A dataset series is a dataset too (DCAT 3), and catalogues list both. */
  public static boolean isDataset(Resource r) {
    return r.hasProperty(DcatTerms.TYPE, DcatTerms.DATASET) || r.hasProperty(DcatTerms.TYPE, DcatTerms.DATASET_SERIES);
  }

  private static boolean isRecordOfItsOwn(Resource r) {
    return isDataset(r) || r.hasProperty(DcatTerms.TYPE, DcatTerms.CATALOG);
  }

  private static Set<Resource> roots(Model page) {
    Set<Resource> roots = new LinkedHashSet<>();
    page.listSubjectsWithProperty(DcatTerms.TYPE, DcatTerms.DATASET).forEachRemaining(roots::add);
    page.listSubjectsWithProperty(DcatTerms.TYPE, DcatTerms.DATASET_SERIES).forEachRemaining(roots::add);
    return roots;
  }

  /** The canonical N-Triples of one dataset's description. */
  static String describe(Resource dataset) {
    List<Statement> statements = closure(dataset);
    Map<Resource, String> labels = new BlankLabels(statements).assign(dataset);
    List<String> lines = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      lines.add(term(s.getSubject(), labels) + " " + term(s.getPredicate(), labels) + " "
          + term(s.getObject(), labels) + " .");
    }
    lines.sort(null);
    StringBuilder text = new StringBuilder();
    for (String line : lines) text.append(line).append('\n');
    return text.toString();
  }

  /** Breadth first, so a resource gets the depth of its shortest path from the dataset. */
  private static List<Statement> closure(Resource dataset) {
    Set<Resource> seen = new HashSet<>(Set.of(dataset));
    Deque<Resource> queue = new ArrayDeque<>(List.of(dataset));
    Map<Resource, Integer> depth = new HashMap<>(Map.of(dataset, 0));
    List<Statement> out = new ArrayList<>();
    while (!queue.isEmpty()) {
      Resource r = queue.poll();
      int d = depth.get(r);
      for (Statement s : r.listProperties().toList()) {
        out.add(s);
        RDFNode o = s.getObject();
        if (d < MAX_DEPTH && o.isResource() && seen.add(o.asResource()) && follows(o.asResource())) {
          depth.put(o.asResource(), d + 1);
          queue.add(o.asResource());
        }
      }
    }
    return out;
  }

  private static boolean follows(Resource r) {
    return r.listProperties().hasNext() && !isRecordOfItsOwn(r);
  }

  private static String term(RDFNode n, Map<Resource, String> labels) {
    if (n.isAnon()) return "_:" + labels.get(n.asResource());
    return NodeFmtLib.strNT(n.asNode());
  }

  /**
   * Names blank nodes b0, b1… in the order a walk from the dataset meets them, the walk taking
   * each resource's statements in the order of their content. Two blank nodes met in a tie have
   * the same content, so swapping their names yields the same lines.
   */
  private static final class BlankLabels {
    private final Map<Resource, List<Statement>> bySubject = new HashMap<>();
    private final Map<Resource, String> signatures = new HashMap<>();
    private final Map<Resource, String> labels = new HashMap<>();

    BlankLabels(List<Statement> statements) {
      for (Statement s : statements) bySubject.computeIfAbsent(s.getSubject(), k -> new ArrayList<>()).add(s);
    }

    Map<Resource, String> assign(Resource root) {
      walk(root);
      return labels;
    }

    private void walk(Resource r) {
      if (r.isAnon()) {
        if (labels.containsKey(r)) return;
        labels.put(r, "b" + labels.size());
      }
      List<Statement> own = new ArrayList<>(bySubject.getOrDefault(r, List.of()));
      own.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
          .thenComparing(s -> key(s.getObject(), new HashSet<>())));
      for (Statement s : own) {
        RDFNode o = s.getObject();
        if (o.isAnon()) walk(o.asResource());
      }
    }

    /** A blank node's content with its own blank nodes inlined; cycles cut. */
    private String key(RDFNode n, Set<Resource> path) {
      if (!n.isAnon()) return NodeFmtLib.strNT(n.asNode());
      Resource r = n.asResource();
      String known = signatures.get(r);
      if (known != null) return known;
      if (!path.add(r)) return "[cycle]";
      List<String> parts = new ArrayList<>();
      for (Statement s : bySubject.getOrDefault(r, List.of())) {
        parts.add(s.getPredicate().getURI() + " " + key(s.getObject(), path));
      }
      path.remove(r);
      parts.sort(null);
      String sig = "[" + String.join("; ", parts) + "]";
      signatures.put(r, sig);
      return sig;
    }
  }
}
