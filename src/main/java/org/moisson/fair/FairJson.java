package org.moisson.fair;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The FAIR assessment as the API gives it, the indicators' names and reasons in the asked language. */
public final class FairJson {
  private FairJson() {}

  public static Map<String, Object> of(FairAssessment a, MessageSource messages, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (FairIndicator.Principle p : FairIndicator.Principle.values()) m.put(p.name(), a.percent(p));
    m.put("indicators", a.results().stream().map(r -> {
      Map<String, Object> i = new LinkedHashMap<>();
      String k = "fair." + r.indicator().messageKey();
      i.put("id", r.indicator().id());
      i.put("principle", r.indicator().principle().name());
      i.put("weight", r.indicator().weight());
      i.put("met", r.met());
      i.put("name", messages.getMessage(k + ".name", null, locale));
      i.put("why", messages.getMessage(k + (r.met() ? ".ok" : ".fix"), null, locale));
      if (!r.met()) i.put("missing", r.missing());
      return i;
    }).toList());
    m.put("explanation", "/fair");
    return m;
  }

  /** Every indicator with what it checks and how to meet it. */
  public static List<Map<String, Object>> indicators(MessageSource messages, Locale locale) {
    return java.util.Arrays.stream(FairIndicator.values()).map(ind -> {
      Map<String, Object> i = new LinkedHashMap<>();
      String k = "fair." + ind.messageKey();
      i.put("id", ind.id());
      i.put("principle", ind.principle().name());
      i.put("weight", ind.weight());
      i.put("name", messages.getMessage(k + ".name", null, locale));
      i.put("checks", messages.getMessage(k + ".what", null, locale));
      i.put("toMeet", messages.getMessage(k + ".fix", null, locale));
      return i;
    }).toList();
  }
}
