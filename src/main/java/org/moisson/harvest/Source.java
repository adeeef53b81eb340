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

  /** What stands for a secret setting wherever settings are shown; sent back, it keeps the stored value. */
  public static final String HIDDEN = "(set)";

  /** Settings that are credentials (Dataverse's apiToken, a password…): never shown, only used. */
  public static boolean secret(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.contains("token") || k.contains("password") || k.contains("secret") || k.contains("apikey");
  }

  /** The settings as they may be shown: secrets replaced by {@link #HIDDEN}. */
  public Map<String, String> shownSettings() {
    Map<String, String> shown = new java.util.LinkedHashMap<>(new java.util.TreeMap<>(settings));
    shown.replaceAll((k, v) -> secret(k) ? HIDDEN : v);
    return shown;
  }

  public String setting(String key, String fallback) {
    String v = settings.get(key);
    return v == null || v.isBlank() ? fallback : v;
  }
}
