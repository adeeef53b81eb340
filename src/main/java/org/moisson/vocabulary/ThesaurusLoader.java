package org.moisson.vocabulary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.DC_11;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.moisson.rdf.SafeRdf;

/**
 * Reads SKOS thesauri (RDF/XML, Turtle, JSON-LD, and GCMD's keyword CSV) with Jena through {@link SafeRdf}, which reads no
 * external entity, and merges them by concept URI: GEMET in English and GEMET in French are two
 * files describing the same concepts. Labels are kept in French, English and without language.
 *
 * <pre>{@code
 * Thesaurus t = ThesaurusLoader.load(List.of(ThesaurusSource.classpath("vocabulary/themes.ttl"),
 *     new ThesaurusSource("/data/gcmd/sciencekeywords.rdf")));
 * }</pre>
 *
 * A concept's scheme is its skos:inScheme or skos:topConceptOf, else the scheme listing it with
 * skos:hasTopConcept, else the only scheme its file declares, else its broader concept's scheme, else
 * one named after the file. A scheme a file names but does not describe (GCMD's) gets its URI's last
 * segment as title and its concepts without broader as top concepts.
 */
final class ThesaurusLoader {
  private static final Property HAS_TOP = SKOS.hasTopConcept;
  /** Part of the fingerprint: change it when matching or classification rules change, so indexes get rebuilt. */
  private static final String CLASSIFICATION_VERSION = "classification 1";

  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final Map<String, SchemeDraft> schemes = new LinkedHashMap<>();

  private ThesaurusLoader() {}

  /** @throws org.moisson.rdf.RdfException when a file is not valid RDF */
  static Thesaurus load(List<ThesaurusSource> sources) {
    ThesaurusLoader loader = new ThesaurusLoader();
    MessageDigest digest = sha256();
    digest.update(CLASSIFICATION_VERSION.getBytes(StandardCharsets.UTF_8));
    for (ThesaurusSource s : sources) {
      byte[] bytes = s.read();
      digest.update(s.location().getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      loader.add(s.gcmdCsv() ? GcmdCsv.read(bytes) : SafeRdf.parse(bytes, s.lang(bytes), s.base()), s);
    }
    return loader.build(HexFormat.of().formatHex(digest.digest()));
  }

  private static final class Draft {
    final String uri;
    String scheme;
    String notation;
    final Map<String, String> pref = new LinkedHashMap<>();
    final Map<String, List<String>> alt = new LinkedHashMap<>();
    final Set<String> hidden = new LinkedHashSet<>();
    final Map<String, String> definitions = new LinkedHashMap<>();
    final Set<String> broader = new LinkedHashSet<>();
    final Set<String> narrower = new LinkedHashSet<>();
    final Set<String> exact = new LinkedHashSet<>();
    final Set<String> close = new LinkedHashSet<>();

    Draft(String uri) {
      this.uri = uri;
    }
  }

  private static final class SchemeDraft {
    final Map<String, String> titles = new LinkedHashMap<>();
    final Set<String> top = new LinkedHashSet<>();
  }

  private void add(Model m, ThesaurusSource source) {
    List<String> declared = new ArrayList<>();
    m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEachRemaining(r -> {
      if (!r.isURIResource()) return;
      declared.add(r.getURI());
      SchemeDraft s = schemes.computeIfAbsent(r.getURI(), k -> new SchemeDraft());
      for (Property p : List.of(SKOS.prefLabel, DCTerms.title, DC_11.title, RDFS.label)) {
        literals(r, p).forEach(l -> s.titles.putIfAbsent(lang(l), l.getString().strip()));
      }
      uris(r, HAS_TOP).forEach(s.top::add);
    });
    String fileScheme = declared.size() == 1 ? declared.get(0) : null;
    m.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(r -> {
      if (r.isURIResource()) addConcept(r, fileScheme, source);
    });
  }

  private void addConcept(Resource r, String fileScheme, ThesaurusSource source) {
    Draft d = drafts.computeIfAbsent(r.getURI(), Draft::new);
    for (Literal l : literals(r, SKOS.prefLabel)) {
      if (LabelLanguages.KEPT.contains(lang(l))) d.pref.putIfAbsent(lang(l), l.getString().strip());
    }
    for (Literal l : literals(r, SKOS.altLabel)) {
      if (LabelLanguages.KEPT.contains(lang(l))) d.alt.computeIfAbsent(lang(l), k -> new ArrayList<>()).add(l.getString().strip());
    }
    literals(r, SKOS.hiddenLabel).forEach(l -> d.hidden.add(l.getString().strip()));
    for (Literal l : literals(r, SKOS.definition)) {
      if (LabelLanguages.KEPT.contains(lang(l))) d.definitions.putIfAbsent(lang(l), l.getString().strip());
    }
    if (d.notation == null) literals(r, SKOS.notation).stream().findFirst().ifPresent(l -> d.notation = l.getString().strip());
    d.broader.addAll(uris(r, SKOS.broader));
    d.narrower.addAll(uris(r, SKOS.narrower));
    d.exact.addAll(uris(r, SKOS.exactMatch));
    d.close.addAll(uris(r, SKOS.closeMatch));
    if (d.scheme == null) {
      List<String> in = uris(r, SKOS.inScheme);
      List<String> top = uris(r, SKOS.topConceptOf);
      d.scheme = !in.isEmpty() ? in.get(0) : !top.isEmpty() ? top.get(0) : null;
      top.forEach(t -> schemes.computeIfAbsent(t, k -> new SchemeDraft()).top.add(d.uri));
      if (d.scheme == null) {
        d.scheme = schemes.entrySet().stream().filter(e -> e.getValue().top.contains(d.uri))
            .map(Map.Entry::getKey).findFirst().orElse(fileScheme);
      }
      if (d.scheme == null) d.scheme = "scheme:" + source.location(); // resolved by broader in build()
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Thesaurus build(String fingerprint) {
    // Hierarchy links to concepts nobody loaded are dropped; the rest is made symmetric.
    Map<String, Set<String>> up = new HashMap<>();
    Map<String, Set<String>> down = new HashMap<>();
    for (Draft d : drafts.values()) {
      for (String b : d.broader) link(d.uri, b, up, down);
      for (String n : d.narrower) link(n, d.uri, up, down);
    }
    for (Draft d : drafts.values()) {
      if (d.scheme.startsWith("scheme:")) {
        String inherited = up.getOrDefault(d.uri, Set.of()).stream().map(drafts::get)
            .filter(b -> !b.scheme.startsWith("scheme:")).map(b -> b.scheme).findFirst().orElse(null);
        if (inherited != null) d.scheme = inherited;
      }
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Draft d : drafts.values()) {
      concepts.put(d.uri, new Concept(d.uri, d.scheme, d.notation, d.pref, d.alt, List.copyOf(d.hidden),
          d.definitions, List.copyOf(up.getOrDefault(d.uri, Set.of())), List.copyOf(down.getOrDefault(d.uri, Set.of())),
          List.copyOf(d.exact), List.copyOf(d.close)));
    }
    Set<String> listedAsNarrower = new HashSet<>();
    drafts.values().forEach(d -> listedAsNarrower.addAll(d.narrower));
    Map<String, ConceptScheme> out = new LinkedHashMap<>();
    Set<String> used = new LinkedHashSet<>();
    concepts.values().forEach(c -> used.add(c.scheme()));
    for (String uri : used) {
      SchemeDraft s = schemes.getOrDefault(uri, new SchemeDraft());
      Map<String, String> titles = new LinkedHashMap<>(s.titles);
      if (titles.isEmpty()) titles.put("", lastSegment(uri));
      List<Concept> top = s.top.stream().map(concepts::get).filter(c -> c != null).toList();
      if (top.isEmpty()) { // no broader declared, even to a concept not loaded (GCMD's file is one page of 2000)
        top = concepts.values().stream().filter(c -> c.scheme().equals(uri) && drafts.get(c.uri()).broader.isEmpty()
            && !listedAsNarrower.contains(c.uri())).toList();
      }
      out.put(uri, new ConceptScheme(uri, titles, top.stream().sorted(Thesaurus.ORDER).map(Concept::uri).toList()));
    }
    return new Thesaurus(concepts, out, fingerprint);
  }


  private void link(String child, String parent, Map<String, Set<String>> up, Map<String, Set<String>> down) {
    if (!drafts.containsKey(child) || !drafts.containsKey(parent) || child.equals(parent)) return;
    up.computeIfAbsent(child, k -> new LinkedHashSet<>()).add(parent);
    down.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(child);
  }

  private static List<Literal> literals(Resource r, Property p) {
    List<Literal> out = new ArrayList<>();
    r.listProperties(p).forEachRemaining(st -> {
      RDFNode o = st.getObject();
      if (o.isLiteral() && !o.asLiteral().getString().isBlank()) out.add(o.asLiteral());
    });
    return out;
  }

  private static List<String> uris(Resource r, Property p) {
    List<String> out = new ArrayList<>();
    r.listProperties(p).forEachRemaining(st -> {
      if (st.getObject().isURIResource()) out.add(st.getObject().asResource().getURI());
    });
    return out;
  }

  private static String lang(Literal l) {
    return LabelLanguages.base(l.getLanguage());
  }

  private static String lastSegment(String uri) {
    String u = uri.replaceFirst("[/#]+$", "");
    int cut = Math.max(u.lastIndexOf('/'), u.lastIndexOf('#'));
    return cut < 0 ? u : u.substring(cut + 1);
  }
}
