package org.moisson.api.oaipmh;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.moisson.facts.FactsQueries;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.store.CatalogueReads;
import org.moisson.store.SourceStore;
import org.moisson.vocabulary.Concept;
import org.moisson.vocabulary.ConceptTree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OAI-PMH 2.0 provider at {@code /oai}: the six verbs, oai_dc and oai_datacite, sets by source
 * and by theme, from/until on the time a dataset last changed in Moisson, stateless resumption
 * tokens, and deleted records kept for good (deletedRecord=persistent).
 */
@Controller
class OaiPmhController {
  private final CatalogueReads reads;
  private final ConceptTree concepts;
  private final FactsQueries facts;
  private final SourceStore sources;
  private final int pageSize;
  private final String repositoryId;
  private final String adminEmail;
  private final String name;

  OaiPmhController(CatalogueReads reads, SourceStore sources, ConceptTree concepts, FactsQueries facts,
      @Value("${moisson.oai.page-size:100}") int pageSize,
      @Value("${moisson.oai.repository-identifier:moisson}") String repositoryId,
      @Value("${moisson.oai.admin-email:admin@moisson.example.org}") String adminEmail,
      @Value("${moisson.catalogue.title:Moisson}") String name) {
    this.reads = reads;
    this.concepts = concepts;
    this.facts = facts;
    this.sources = sources;
    this.pageSize = Math.max(1, pageSize);
    this.repositoryId = repositoryId;
    this.adminEmail = adminEmail;
    this.name = name;
  }

  /** What a verb writes inside the envelope, once every check has passed. */
  private interface Body {
    void write(OaiXml x) throws XMLStreamException;
  }

  @RequestMapping(value = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
  void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String baseUrl = request.getRequestURL().toString();
    OaiArguments args = null;
    Body body;
    OaiError error = null;
    try {
      args = OaiArguments.parse(request.getParameterMap());
      body = answer(args, baseUrl);
    } catch (OaiError e) {
      error = e;
      body = x -> x.error(e);
    }
    response.setContentType("text/xml;charset=UTF-8");
    try (OutputStream out = response.getOutputStream(); OaiXml x = new OaiXml(out)) {
      boolean echo = args != null && (error == null || error.echoesArguments());
      x.start(baseUrl, echo ? args.verb() : null, echo ? args.values() : Map.of());
      body.write(x);
      x.end();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private Body answer(OaiArguments a, String baseUrl) {
    switch (a.verb()) {
      case "Identify":
        return identify(baseUrl);
      case "ListMetadataFormats":
        return formats(a.get("identifier"));
      case "ListSets":
        return sets(a.get("resumptionToken"));
      case "GetRecord":
        return getRecord(a.get("identifier"), a.get("metadataPrefix"), baseUrl);
      default:
        return list(a, baseUrl);
    }
  }

  private Body identify(String baseUrl) {
    Instant earliest = reads.earliestChange();
    return x -> {
      x.open("Identify");
      x.element("repositoryName", name);
      x.element("baseURL", baseUrl);
      x.element("protocolVersion", "2.0");
      x.element("adminEmail", adminEmail);
      x.element("earliestDatestamp", OaiXml.datestamp(earliest == null ? Instant.now() : earliest));
      x.element("deletedRecord", "persistent");
      x.element("granularity", "YYYY-MM-DDThh:mm:ssZ");
      x.close("Identify");
    };
  }

  private Body formats(String identifier) {
    if (identifier != null) {
      CatalogueReads.Entry e = entry(identifier);
      if (e.deleted()) throw new OaiError("noMetadataFormats", identifier + " is deleted: no format disseminates it");
    }
    return x -> {
      x.open("ListMetadataFormats");
      format(x, OaiDcWriter.PREFIX, OaiDcWriter.SCHEMA, OaiDcWriter.NAMESPACE);
      format(x, OaiDataCiteWriter.PREFIX, OaiDataCiteWriter.WRAPPER_SCHEMA, OaiDataCiteWriter.WRAPPER);
      x.close("ListMetadataFormats");
    };
  }

  private static void format(OaiXml x, String prefix, String schema, String namespace) throws XMLStreamException {
    x.open("metadataFormat");
    x.element("metadataPrefix", prefix);
    x.element("schema", schema);
    x.element("metadataNamespace", namespace);
    x.close("metadataFormat");
  }

  private Body sets(String token) {
    if (token != null) throw new OaiError("badResumptionToken", "the set list is given whole; no token continues it");
    Map<String, String> sets = OaiSets.all(sources.names(), themeSets());
    if (sets.isEmpty()) throw new OaiError("noSetHierarchy", "the catalogue has no source and no theme yet, hence no set");
    return x -> {
      x.open("ListSets");
      for (Map.Entry<String, String> s : sets.entrySet()) {
        x.open("set");
        x.element("setSpec", s.getKey());
        x.element("setName", s.getValue());
        x.close("set");
      }
      x.close("ListSets");
    };
  }

  private Body getRecord(String identifier, String prefix, String baseUrl) {
    checkPrefix(prefix);
    facts.freshen();
    CatalogueReads.Entry e = entry(identifier);
    return x -> {
      x.open("GetRecord");
      record(x, e, prefix, baseUrl, true);
      x.close("GetRecord");
    };
  }

  private Body list(OaiArguments a, String baseUrl) {
    boolean records = a.verb().equals("ListRecords");
    ResumptionToken t = a.get("resumptionToken") == null ? null : ResumptionToken.decode(a.get("resumptionToken"), a.verb());
    String prefix = t != null ? t.prefix() : a.get("metadataPrefix");
    String set = t != null ? t.set() : a.get("set");
    String from = t != null ? t.from() : a.get("from");
    String until = t != null ? t.until() : a.get("until");
    checkPrefix(prefix);
    Instant[] window = new OaiArguments(a.verb(), nonNull(from, until)).window();
    facts.freshen();
    CatalogueReads.ChangeFilter filter = OaiSets.filter(set, window[0], window[1], themeSets());
    long total = t != null ? t.total() : reads.countChanges(filter);
    long cursor = t != null ? t.cursor() : 0;
    List<CatalogueReads.Entry> rows = reads.changes(filter, t != null ? t.afterSeq() : 0, pageSize + 1);
    if (rows.isEmpty()) throw new OaiError("noRecordsMatch", "no record matches these arguments");
    boolean more = rows.size() > pageSize;
    List<CatalogueReads.Entry> page = more ? rows.subList(0, pageSize) : rows;
    long next = cursor + page.size();
    ResumptionToken nextToken = more ? new ResumptionToken(a.verb(), prefix, set, from, until,
        page.get(page.size() - 1).seq(), next, Math.max(total, next + 1)) : null;
    return x -> {
      x.open(a.verb());
      for (CatalogueReads.Entry e : page) {
        if (records) record(x, e, prefix, baseUrl, true);
        else header(x, e);
      }
      if (more || cursor > 0) {
        x.w.writeStartElement(OaiXml.OAI, "resumptionToken");
        x.w.writeAttribute("completeListSize", Long.toString(more ? nextToken.total() : Math.max(total, next)));
        x.w.writeAttribute("cursor", Long.toString(cursor));
        if (more) x.w.writeCharacters(nextToken.encode());
        x.w.writeEndElement();
      }
      x.close(a.verb());
    };
  }

  private static Map<String, String> nonNull(String from, String until) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    if (from != null) m.put("from", from);
    if (until != null) m.put("until", until);
    return m;
  }

  private void record(OaiXml x, CatalogueReads.Entry e, String prefix, String baseUrl, boolean withMetadata)
      throws XMLStreamException {
    x.open("record");
    Dataset d = header(x, e);
    if (withMetadata && d != null) {
      x.open("metadata");
      String page = pageUrl(baseUrl, e.id());
      if (prefix.equals(OaiDcWriter.PREFIX)) OaiDcWriter.write(x.w, d, page);
      else OaiDataCiteWriter.write(x.w, d, page, e.changed().atZone(ZoneOffset.UTC).getYear());
      x.close("metadata");
    }
    x.close("record");
  }

  /** Writes the header; returns the dataset, or null for a deleted record. */
  private Dataset header(OaiXml x, CatalogueReads.Entry e) throws XMLStreamException {
    Dataset d = e.deleted() || e.json() == null ? null : DatasetJson.read(e.json());
    x.open("header");
    if (d == null) x.w.writeAttribute("status", "deleted");
    x.element("identifier", "oai:" + repositoryId + ":" + e.id());
    x.element("datestamp", OaiXml.datestamp(e.changed()));
    for (String spec : OaiSets.of(e.sourceIds(), e.themes())) x.element("setSpec", spec);
    x.close("header");
    return d;
  }

  /** slug → "English label / French label" of every concept of the platform's theme scheme. */
  private Map<String, String> themeSets() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Concept c : concepts.themeConcepts()) {
      String en = c.label("en");
      String fr = c.label("fr");
      out.put(concepts.slug(c), en.equals(fr) ? en : en + " / " + fr);
    }
    return out;
  }

  private static String pageUrl(String baseUrl, String id) {
    return baseUrl.substring(0, baseUrl.length() - "/oai".length()) + "/datasets/" + id;
  }

  private CatalogueReads.Entry entry(String identifier) {
    String prefix = "oai:" + repositoryId + ":";
    if (!identifier.startsWith(prefix)) throw new OaiError("idDoesNotExist", identifier + " is not an identifier of this repository");
    return reads.find(identifier.substring(prefix.length()))
        .orElseThrow(() -> new OaiError("idDoesNotExist", "no record " + identifier));
  }

  private static void checkPrefix(String prefix) {
    if (!OaiDcWriter.PREFIX.equals(prefix) && !OaiDataCiteWriter.PREFIX.equals(prefix)) {
      throw new OaiError("cannotDisseminateFormat", "metadataPrefix must be oai_dc or oai_datacite, not '" + prefix + "'");
    }
  }
}
