package org.moisson.harvest.csw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.xml.Dom;
import org.moisson.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * The raw records of a GetRecords answer. Each record's format comes from its own root element,
 * not from the schema asked for: a server may answer in another schema than requested, or mix them.
 * The identifier is the record's (fileIdentifier, mdb:metadataIdentifier, dc:identifier), the
 * datestamp its metadata date (dateStamp, the latest revision or creation date of mdb:dateInfo,
 * dct:modified), the url a GetRecordById link to it.
 */
final class CswRecords {
  static final String ISO19139 = "iso19139";
  static final String ISO19115_3 = "iso19115-3";
  static final String CSW_RECORD = "csw-record";

  private CswRecords() {}

  record Result(List<RawRecord> records, List<RecordFailure> failures) {}

  static Result read(List<Element> elements, CswConfig c, long start) {
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    long position = start;
    for (Element e : elements) {
      String where = "record at position " + position++;
      String format = format(e);
      if (format == null) {
        failures.add(new RecordFailure(where, null, "<" + e.getNodeName() + "> in namespace " + e.getNamespaceURI()
            + " is not a record Moisson reads (ISO 19139, ISO 19115-3, CSW Dublin Core)"));
        continue;
      }
      String id = identifier(e, format);
      if (id == null) {
        String title = title(e);
        failures.add(new RecordFailure(where + (title == null ? "" : " (" + title + ")"), null,
            "record without identifier (" + identifierName(format) + "): it cannot be told apart from the others"));
        continue;
      }
      records.add(new RawRecord(id, format, XmlOut.element(e), datestamp(e, format), false,
          CswRequest.recordUrl(c, id, namespace(format))));
    }
    return new Result(records, failures);
  }

  static String format(Element e) {
    String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
    String name = Dom.localName(e);
    if ((name.equals("MD_Metadata") && ns.equals("http://www.isotc211.org/2005/gmd"))
        || (name.equals("MI_Metadata") && ns.equals("http://www.isotc211.org/2005/gmi"))) {
      return ISO19139;
    }
    if (name.equals("MD_Metadata") && ns.startsWith("http://standards.iso.org/iso/19115/-3/mdb/")) return ISO19115_3;
    if ((name.equals("Record") || name.equals("SummaryRecord") || name.equals("BriefRecord"))
        && ns.startsWith("http://www.opengis.net/cat/csw/")) {
      return CSW_RECORD;
    }
    return null;
  }

  private static String identifier(Element e, String format) {
    return switch (format) {
      case ISO19139 -> value(Dom.child(e, "fileIdentifier"));
      case ISO19115_3 -> value(Dom.path(e, "metadataIdentifier", "MD_Identifier", "code"));
      default -> Dom.text(e, "identifier");
    };
  }

  private static String identifierName(String format) {
    return switch (format) {
      case ISO19139 -> "gmd:fileIdentifier";
      case ISO19115_3 -> "mdb:metadataIdentifier";
      default -> "dc:identifier";
    };
  }

  private static String namespace(String format) {
    return switch (format) {
      case ISO19139 -> CswConfig.Schema.ISO19139.namespace;
      case ISO19115_3 -> CswConfig.Schema.ISO19115_3.namespace;
      default -> CswConfig.Schema.DC.namespace;
    };
  }

  private static String datestamp(Element e, String format) {
    switch (format) {
      case ISO19139:
        return value(Dom.child(e, "dateStamp"));
      case ISO19115_3:
        String revised = null;
        String created = null;
        for (Element info : Dom.children(e, "dateInfo")) {
          Element date = Dom.child(info, "CI_Date");
          String value = value(Dom.child(date, "date"));
          Element type = Dom.children(Dom.child(date, "dateType")).stream().findFirst().orElse(null);
          String code = type == null ? "" : String.valueOf(Dom.attr(type, "codeListValue")).toLowerCase(Locale.ROOT);
          if (value == null) continue;
          if (code.equals("revision") || code.equals("lastupdate")) {
            if (revised == null || value.compareTo(revised) > 0) revised = value;
          } else if (code.equals("creation") && created == null) {
            created = value;
          }
        }
        return revised != null ? revised : created;
      default:
        return Dom.text(e, "modified");
    }
  }

  private static String title(Element e) {
    Element t = Dom.descendants(e, "title").stream().findFirst().orElse(null);
    return t == null ? null : value(t);
  }

  /** A property's value: its CharacterString, Anchor, Date or DateTime child, else its own text. */
  private static String value(Element property) {
    if (property == null) return null;
    List<Element> children = Dom.children(property);
    return Dom.text(children.isEmpty() ? property : children.get(0));
  }
}
