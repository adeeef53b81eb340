package org.moisson.harvest.csw;

import java.util.List;
import org.moisson.harvest.HarvestException;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * A GetRecords answer, read: the records of csw:SearchResults and its paging attributes. An
 * ows:ExceptionReport (OWS 1.0 or 1.1) is a {@link HarvestException} with its code, locator and
 * text. pycsw's SearchStatus timestamp may be any text ("PYCSW_TIMESTAMP" in its test answers):
 * it is not read.
 */
final class CswResponse {
  final List<Element> records;
  /** Null when the server leaves an attribute out. */
  final Long matched;
  final Long nextRecord;

  private CswResponse(List<Element> records, Long matched, Long nextRecord) {
    this.records = records;
    this.matched = matched;
    this.nextRecord = nextRecord;
  }

  /**
   * @throws HarvestException for an exception report
   * @throws IllegalArgumentException for XML that is no GetRecords answer (an error page, a cut body)
   */
  static CswResponse parse(String xml) throws HarvestException {
    Element root = SafeXml.parse(xml).getDocumentElement();
    String name = Dom.localName(root);
    if (name.equals("ExceptionReport")) throw exception(root);
    if (!name.equals("GetRecordsResponse")) {
      throw new IllegalArgumentException("not a CSW GetRecords answer (root element <" + root.getNodeName() + ">)");
    }
    Element results = Dom.child(root, "SearchResults");
    if (results == null) throw new IllegalArgumentException("GetRecords answer without csw:SearchResults");
    return new CswResponse(Dom.children(results), number(results, "numberOfRecordsMatched"),
        number(results, "nextRecord"));
  }

  private static HarvestException exception(Element report) {
    StringBuilder sb = new StringBuilder("CSW exception");
    for (Element e : Dom.children(report, "Exception")) {
      sb.append(' ').append(Dom.attr(e, "exceptionCode") == null ? "(no code)" : Dom.attr(e, "exceptionCode"));
      String locator = Dom.attr(e, "locator");
      if (locator != null) sb.append(" (").append(locator).append(')');
      for (Element t : Dom.children(e, "ExceptionText")) {
        String text = Dom.text(t);
        if (text != null) sb.append(": ").append(text);
      }
    }
    return new HarvestException(sb.toString());
  }

  private static Long number(Element e, String attribute) {
    String v = Dom.attr(e, attribute);
    if (v == null) return null;
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(attribute + " '" + v + "' is not a number");
    }
  }

  /**
   * The start position of the next page, or null after the last. The list ends when nextRecord is 0
   * or beyond numberOfRecordsMatched. A nextRecord not past this page's start would ask for it
   * again: a loop, refused. A nextRecord that jumps past records this page did not hold is not
   * followed: paging goes on right after the last record received, so records a server skipped
   * (some leave out those they cannot convert) are asked for again rather than deleted as no
   * longer listed. An empty page that says more follow is refused for the same reason.
   *
   * @param start this page's startPosition
   */
  Long next(long start) throws HarvestException {
    int count = records.size();
    long after = start + count;
    if (nextRecord != null && nextRecord != 0 && nextRecord <= start) {
      throw new HarvestException("paging loop: the answer for startPosition " + start + " gives nextRecord "
          + nextRecord);
    }
    boolean serverSaysMore = nextRecord == null ? matched != null && after <= matched
        : nextRecord != 0 && (matched == null || nextRecord <= matched);
    // nextRecord past the count while records remain unseen: paging continues right after this page.
    boolean countSaysMore = nextRecord != null && nextRecord != 0 && matched != null && nextRecord > matched
        && after <= matched;
    if (!serverSaysMore && !countSaysMore) return null;
    if (count == 0) {
      throw new HarvestException("the answer for startPosition " + start + " holds no record yet says more follow"
          + " (nextRecord " + nextRecord + ", " + matched + " matched): paging stops here rather than skip records");
    }
    return nextRecord == null || !serverSaysMore ? after : Math.min(nextRecord, after);
  }
}
