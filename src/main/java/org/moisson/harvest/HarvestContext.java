package org.moisson.harvest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pipeline lends a harvester for one run: an HTTP client with its politeness rules,
 * limits, and a memory for the run (a harvester object serves every run, so what it reads once
 * per run, a sitemap say, is kept here and dropped with the run).
 */
public record HarvestContext(HarvestHttp http, int maxRecordBytes, Map<Object, Object> memory) {
  public HarvestContext(HarvestHttp http, int maxRecordBytes) {
    this(http, maxRecordBytes, new ConcurrentHashMap<>());
  }

  /** How a remembered value is made the first time. */
  public interface Making<T> {
    T make() throws HarvestException;
  }

  /** The value kept under key for this run, made on first use; a failure is not kept. */
  @SuppressWarnings("unchecked")
  public <T> T remember(Object key, Making<T> making) throws HarvestException {
    Object known = memory.get(key);
    if (known != null) return (T) known;
    T made = making.make();
    memory.put(key, made);
    return made;
  }
}
