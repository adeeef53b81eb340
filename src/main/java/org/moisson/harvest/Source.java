package org.moisson.harvest;

import java.util.Map;

/**
 * A repository Moisson harvests. protocol is a {@link Harvester#id()}; settings are the protocol's
 * own (metadataPrefix, set…); a lower priority number wins when two sources describe one dataset.
 */
public record Source(long id, String name, String protocol, String url, Map<String, String> settings,
    int priority) {

  public Source {
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

  public String setting(String key, String fallback) {
    String v = settings.get(key);
    return v == null || v.isBlank() ? fallback : v;
  }
}
