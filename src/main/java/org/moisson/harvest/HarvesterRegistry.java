package org.moisson.harvest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The harvesters known to this build, by protocol id; each protocol registers itself as a bean. */
@Component
public class HarvesterRegistry {
  private final Map<String, Harvester> byId = new TreeMap<>();

  HarvesterRegistry(List<Harvester> harvesters) {
    for (Harvester h : harvesters) {
      if (byId.put(h.id(), h) != null) throw new IllegalStateException("two harvesters named " + h.id());
    }
  }

  public Optional<Harvester> find(String protocol) {
    return Optional.ofNullable(byId.get(protocol));
  }

  public java.util.Set<String> protocols() {
    return byId.keySet();
  }
}
