package org.moisson.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;

/**
 * A small, stateful OAI-PMH 2.0 provider on 127.0.0.1: records can be added, changed and deleted
 * between harvests; ListRecords honours from, pages with resumption tokens, and tells deletions.
 */
public final class LocalOaiPmhProvider implements AutoCloseable {
  private record Item(String identifier, Instant datestamp, String metadata, boolean deleted) {}

  private final Map<String, Item> items = new LinkedHashMap<>();
  private final int pageSize;
  private final LocalHttpServer server;
  private volatile CountDownLatch gate;
  private volatile java.util.function.Function<Request, Reply> fault = r -> null;
  private volatile long delayMs;

  public LocalOaiPmhProvider(int pageSize) {
    this.pageSize = pageSize;
    this.server = new LocalHttpServer(this::answer);
  }

  public synchronized void put(String identifier, String metadata) {
    items.put(identifier, new Item(identifier, Instant.now(), metadata, false));
  }

  public synchronized void delete(String identifier) {
    items.put(identifier, new Item(identifier, Instant.now(), null, true));
  }

  /** Forgets a record without telling (a provider without persistent deletes). */
  public synchronized void forget(String identifier) {
    items.remove(identifier);
  }

  /** Holds every request until {@link #open()}: a harvest that stays running. */
  public void hold() {
    gate = new CountDownLatch(1);
  }

  public void open() {
    if (gate != null) gate.countDown();
  }

  /** A misbehaviour: answers the requests it chooses (non-null reply) in place of the provider. */
  public void fault(java.util.function.Function<Request, Reply> f) {
    fault = f == null ? r -> null : f;
  }

  /** Slows every answer, so a harvest can be caught mid-run. */
  public void delay(long ms) {
    delayMs = ms;
  }

  /** The answer the provider would give, for faults that serve it damaged. */
  public Reply honest(Request req) {
    return list(req);
  }

  public String url() {
    return server.url("/oai");
  }

  public List<Request> requests() {
    return server.requests();
  }

  private Reply answer(Request req) {
    if (delayMs > 0) sleep(delayMs);
    Reply faulty = fault.apply(req);
    if (faulty != null) return faulty;
    return list(req);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Reply list(Request req) {
    CountDownLatch g = gate;
    if (g != null) {
      try {
        g.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String verb = req.query().get("verb");
    if ("Identify".equals(verb)) {
      return Reply.xml(envelope("<Identify><repositoryName>local</repositoryName><baseURL>" + url()
          + "</baseURL><protocolVersion>2.0</protocolVersion><earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp>"
          + "<deletedRecord>persistent</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>"));
    }
    if (!"ListRecords".equals(verb)) return Reply.xml(envelope("<error code=\"badVerb\">not here</error>"));
    int offset = 0;
    Instant from = null;
    String token = req.query().get("resumptionToken");
    if (token != null) {
      String[] parts = token.split("\\|", -1);
      offset = Integer.parseInt(parts[0]);
      from = parts[1].isEmpty() ? null : Instant.parse(parts[1]);
    } else if (req.query().containsKey("from")) {
      from = Instant.parse(req.query().get("from"));
    }
    List<Item> selected = new ArrayList<>();
    synchronized (this) {
      for (Item i : items.values()) if (from == null || !i.datestamp().isBefore(from)) selected.add(i);
    }
    if (selected.isEmpty()) return Reply.xml(envelope("<error code=\"noRecordsMatch\">nothing</error>"));
    StringBuilder sb = new StringBuilder("<ListRecords>");
    for (Item i : selected.subList(offset, Math.min(selected.size(), offset + pageSize))) {
      sb.append("<record><header").append(i.deleted() ? " status=\"deleted\"" : "").append("><identifier>")
          .append(i.identifier()).append("</identifier><datestamp>").append(i.datestamp().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
          .append("</datestamp></header>");
      if (!i.deleted()) sb.append("<metadata>").append(i.metadata()).append("</metadata>");
      sb.append("</record>");
    }
    int next = offset + pageSize;
    if (next < selected.size()) {
      sb.append("<resumptionToken completeListSize=\"").append(selected.size()).append("\">").append(next)
          .append('|').append(from == null ? "" : from.toString()).append("</resumptionToken>");
    } else if (offset > 0) {
      sb.append("<resumptionToken completeListSize=\"").append(selected.size()).append("\"/>");
    }
    return Reply.xml(envelope(sb.append("</ListRecords>").toString()));
  }

  private String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><responseDate>" + Instant.now()
        + "</responseDate><request>" + url() + "</request>" + body + "</OAI-PMH>";
  }

  @Override
  public void close() {
    open();
    server.close();
  }
}
