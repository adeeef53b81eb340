package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.moisson.record.DatasetBuilder;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * Licence and access rights from the resource constraints. ISO has no licence element: a licence is
 * written as free text or an Anchor (whose href is the licence IRI) in MD_LegalConstraints
 * otherConstraints, or in a useLimitation, or (ISO 19115-3) as a cited reference. Statements that
 * say how the data may be used come first (a block with useConstraints), then use limitations, then
 * the rest; {@link Licences#pick} then prefers one it recognises. INSPIRE's "limitations on public
 * access" codes are access rights, never a licence. Security constraints are not rights.
 */
final class IsoConstraints {
  private static final Pattern URI = Pattern.compile("(?i)(?:https?://|urn:)\\S+");
  private static final Pattern INSPIRE_ACCESS = Pattern.compile(
      "(?i)https?://inspire\\.ec\\.europa\\.eu/metadata-codelist/LimitationsOnPublicAccess/.+");

  private IsoConstraints() {}

  static void map(Element identification, DatasetBuilder b) {
    List<Licences.Rights> use = new ArrayList<>();
    List<Licences.Rights> limitations = new ArrayList<>();
    List<Licences.Rights> other = new ArrayList<>();
    String inspireAccess = null;
    for (Element rc : Dom.children(identification, "resourceConstraints")) {
      for (Element c : Dom.children(rc)) {
        if (Dom.localName(c).equals("MD_SecurityConstraints")) continue;
        for (Element l : Dom.children(c, "useLimitation")) Payloads.addOnce(limitations, rights(l));
        boolean forUse = Dom.child(c, "useConstraints") != null;
        List<Element> statements = new ArrayList<>(Dom.children(c, "otherConstraints"));
        statements.addAll(IsoPaths.all(c, "reference", "CI_Citation", "title"));
        for (Element o : statements) {
          Licences.Rights r = rights(o);
          if (r != null && r.uri() != null && INSPIRE_ACCESS.matcher(r.uri()).matches()) {
            if (inspireAccess == null) inspireAccess = r.uri();
          } else {
            Payloads.addOnce(forUse ? use : other, r);
          }
        }
      }
    }
    List<Licences.Rights> all = new ArrayList<>(use);
    all.addAll(limitations);
    all.addAll(other);
    b.licence = Licences.pick(all);
    b.accessRights = inspireAccess != null ? inspireAccess : Licences.accessRights(all);
  }

  /** A statement: an Anchor gives the IRI and its label, a bare URI is read as one, anything else is a label. */
  private static Licences.Rights rights(Element property) {
    String text = IsoText.text(property);
    String href = IsoText.href(property);
    if (href != null && !href.isBlank()) return new Licences.Rights(null, null, href.strip(), text);
    if (text == null) return null;
    boolean uri = URI.matcher(text).matches();
    return new Licences.Rights(null, null, uri ? text : null, uri ? null : text);
  }
}
