package org.moisson.harvest.dcat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.mapping.DcatGraphs;

/**
 * The raw records of a parsed page, one per dataset, payload as {@link DcatGraphs} cuts it.
 *
 * <p>A record's identifier is the dataset IRI. A blank-node dataset has none, so it takes its
 * dct:identifier, else "sha256:" and a hash of its landing page and titles: what names the dataset
 * rather than its whole content, so that editing a description does not look like a deletion plus
 * a creation. With none of these it is a failure, as is a payload over the size limit or a second
 * dataset with the same identifier on the page.
 */
final class DcatRecords {
  static final String FORMAT = "dcat";

  private DcatRecords() {}

  record Result(List<RawRecord> records, List<RecordFailure> failures) {}

  static Result read(Model page, int maxRecordBytes) {
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DcatGraphs.Description d : DcatGraphs.datasets(page)) {
      Resource ds = d.dataset();
      String url = url(ds);
      String id = identifier(ds);
      if (id == null) {
        failures.add(new RecordFailure(title(ds), url,
            "dataset without identifier: a blank node with no dct:identifier, title or landing page"));
        continue;
      }
      int size = d.nTriples().getBytes(StandardCharsets.UTF_8).length;
      if (size > maxRecordBytes) {
        failures.add(new RecordFailure(id, url, "dataset description is " + size + " bytes, over the limit of " + maxRecordBytes));
      } else if (!seen.add(id)) {
        failures.add(new RecordFailure(id, url, "a second dataset on the page has the identifier " + id + "; only the first is kept"));
      } else {
        records.add(new RawRecord(id, FORMAT, d.nTriples(), first(ds, DCTerms.modified), false, url));
      }
    }
    return new Result(records, failures);
  }

  private static String identifier(Resource ds) {
    if (ds.isURIResource()) return ds.getURI();
    String id = first(ds, DCTerms.identifier);
    if (id != null) return id;
    List<String> names = new ArrayList<>(strings(ds, DCTerms.title));
    names.addAll(strings(ds, DCAT.landingPage));
    if (names.isEmpty()) return null;
    names.sort(null);
    return "sha256:" + sha256(String.join("\n", names));
  }

  /** Where a person sees the dataset: its landing page, else its IRI when that is a web address. */
  private static String url(Resource ds) {
    String landing = first(ds, DCAT.landingPage);
    if (landing != null) return landing;
    return ds.isURIResource() && ds.getURI().startsWith("http") ? ds.getURI() : null;
  }

  private static String title(Resource ds) {
    String t = first(ds, DCTerms.title);
    return t == null ? "(dataset without identifier)" : t;
  }

  /** The first value in sorted order (IRI or lexical form), so the choice does not vary between runs. */
  private static String first(Resource r, Property p) {
    List<String> values = strings(r, p);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> strings(Resource r, Property p) {
    List<String> out = new ArrayList<>();
    for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
      String v = n.isURIResource() ? n.asResource().getURI()
          : n.isLiteral() ? n.asLiteral().getLexicalForm().strip() : null;
      if (v != null && !v.isEmpty()) out.add(v);
    }
    out.sort(null);
    return out;
  }

  private static String sha256(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
