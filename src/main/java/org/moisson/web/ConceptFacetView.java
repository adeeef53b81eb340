package org.moisson.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moisson.vocabulary.ConceptTree;

/**
 * The concept facet as a tree of links: themes, then their sub-domains and variables with counts.
 * A node shows its children when it is a top concept or on the way to an active one, so the tree
 * opens as the visitor drills down instead of listing a whole thesaurus.
 */
public record ConceptFacetView(String uri, String label, long count, boolean active, String href, boolean open,
    List<ConceptFacetView> children) {
  /** Children shown under one node; the most frequent come first except in the theme scheme's own order. */
  static final int MAX_CHILDREN = 12;

  static List<ConceptFacetView> of(List<ConceptTree.Node> roots, Set<String> active, SearchLinks links) {
    return nodes(roots, active, links, 0, List.of());
  }

  /**
   * @param activeAbove the active concepts above these nodes: choosing one of these nodes replaces
   *     them (drilling down), since values of one facet are ORed and the broader would keep all
   */
  private static List<ConceptFacetView> nodes(List<ConceptTree.Node> nodes, Set<String> active, SearchLinks links,
      int depth, List<String> activeAbove) {
    List<ConceptFacetView> out = new ArrayList<>();
    for (ConceptTree.Node n : nodes.stream().limit(depth == 0 ? 20 : MAX_CHILDREN).toList()) {
      boolean isActive = active.contains(n.uri());
      boolean open = depth == 0 || isActive || leadsTo(n, active);
      List<String> above = activeAbove;
      if (isActive) {
        above = new ArrayList<>(activeAbove);
        above.add(n.uri());
      }
      List<ConceptFacetView> kids = open ? nodes(n.children(), active, links, depth + 1, above) : List.of();
      String href = isActive || activeAbove.isEmpty() ? links.toggle("concept", n.uri())
          : links.replace("concept", activeAbove, n.uri());
      out.add(new ConceptFacetView(n.uri(), n.label(), n.count(), isActive, href, open && !kids.isEmpty(), kids));
    }
    return out;
  }

  private static boolean leadsTo(ConceptTree.Node n, Set<String> active) {
    for (ConceptTree.Node c : n.children()) {
      if (active.contains(c.uri()) || leadsTo(c, active)) return true;
    }
    return false;
  }
}
