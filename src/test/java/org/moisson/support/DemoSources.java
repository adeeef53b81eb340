package org.moisson.support;

import java.util.ArrayList;
import java.util.List;

/** Registers and harvests the shipped demo catalogue once per test application, under known source names. */
public final class DemoSources {
  public static final String PREFIX = "Demo under test — ";
  private static volatile boolean loaded;

  private DemoSources() {}

  public static synchronized List<String> load(AppTest app) {
    List<String> names = new ArrayList<>();
    for (String key : List.of("demo-dataverse", "demo-seanoe", "demo-formater", "demo-aeris", "demo-theia")) {
      names.add(PREFIX + key);
    }
    if (loaded) return names;
    for (String key : List.of("demo-dataverse", "demo-seanoe", "demo-formater", "demo-aeris", "demo-theia")) {
      long id = app.createSource("{\"name\":\"" + PREFIX + key + "\",\"protocol\":\"demo\",\"url\":\"https://demo.invalid/"
          + key + "\",\"key\":\"" + key + "\"}");
      String status = app.harvest(id, true).get("status").asString();
      if (!"SUCCEEDED".equals(status)) throw new AssertionError("demo source " + key + " harvest " + status);
    }
    loaded = true;
    return names;
  }
}
