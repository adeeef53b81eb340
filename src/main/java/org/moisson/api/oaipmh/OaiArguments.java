package org.moisson.api.oaipmh;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of one OAI-PMH request, checked against its verb before anything is answered. */
record OaiArguments(String verb, Map<String, String> values) {
  private static final Map<String, Set<String>> REQUIRED = Map.of(
      "Identify", Set.of(), "ListMetadataFormats", Set.of(), "ListSets", Set.of(),
      "GetRecord", Set.of("identifier", "metadataPrefix"),
      "ListIdentifiers", Set.of("metadataPrefix"), "ListRecords", Set.of("metadataPrefix"));
  private static final Map<String, Set<String>> OPTIONAL = Map.of(
      "Identify", Set.of(), "ListMetadataFormats", Set.of("identifier"), "ListSets", Set.of(),
      "GetRecord", Set.of(), "ListIdentifiers", Set.of("from", "until", "set"),
      "ListRecords", Set.of("from", "until", "set"));
  private static final Set<String> RESUMABLE = Set.of("ListSets", "ListIdentifiers", "ListRecords");

  /** Parses and checks the request's parameters; every problem is an {@link OaiError}. */
  static OaiArguments parse(Map<String, String[]> params) {
    String[] verbs = params.get("verb");
    if (verbs == null || verbs.length == 0 || verbs[0].isBlank()) throw new OaiError("badVerb", "the verb argument is missing");
    if (verbs.length > 1) throw new OaiError("badVerb", "the verb argument is repeated");
    String verb = verbs[0];
    if (!REQUIRED.containsKey(verb)) throw new OaiError("badVerb", "'" + verb + "' is not an OAI-PMH verb");
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : params.entrySet()) {
      if (e.getKey().equals("verb")) continue;
      if (e.getValue().length > 1) throw new OaiError("badArgument", "argument '" + e.getKey() + "' is repeated");
      boolean known = REQUIRED.get(verb).contains(e.getKey()) || OPTIONAL.get(verb).contains(e.getKey())
          || (e.getKey().equals("resumptionToken") && RESUMABLE.contains(verb));
      if (!known) throw new OaiError("badArgument", "'" + e.getKey() + "' is not an argument of " + verb);
      values.put(e.getKey(), e.getValue()[0]);
    }
    if (values.containsKey("resumptionToken")) {
      if (values.size() > 1) throw new OaiError("badArgument", "resumptionToken is an exclusive argument");
    } else {
      for (String required : REQUIRED.get(verb)) {
        if (values.get(required) == null || values.get(required).isBlank()) {
          throw new OaiError("badArgument", verb + " needs the argument '" + required + "'");
        }
      }
    }
    OaiArguments args = new OaiArguments(verb, values);
    args.window();
    return args;
  }

  String get(String name) {
    return values.get(name);
  }

  /** from and until as [from, untilExclusive); both at the same granularity, from not after until. */
  Instant[] window() {
    String from = values.get("from");
    String until = values.get("until");
    if (from != null && until != null && from.length() != until.length()) {
      throw new OaiError("badArgument", "from and until must have the same granularity");
    }
    Instant f = from == null ? null : instant("from", from, false);
    Instant u = until == null ? null : instant("until", until, true);
    if (f != null && u != null && !f.isBefore(u)) throw new OaiError("badArgument", "from is after until");
    return new Instant[] {f, u};
  }

  /** A day (YYYY-MM-DD) or a second (YYYY-MM-DDThh:mm:ssZ); until is made exclusive by adding its unit. */
  private static Instant instant(String name, String text, boolean exclusiveEnd) {
    try {
      if (text.length() == 10) {
        LocalDate d = LocalDate.parse(text);
        return (exclusiveEnd ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      if (text.length() == 20 && text.endsWith("Z")) {
        Instant i = Instant.parse(text);
        return exclusiveEnd ? i.plusSeconds(1) : i;
      }
    } catch (DateTimeParseException e) {
      // falls through to the error below
    }
    throw new OaiError("badArgument", name + " must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not '" + text + "'");
  }

  static final List<String> VERBS = List.of("Identify", "ListMetadataFormats", "ListSets", "GetRecord",
      "ListIdentifiers", "ListRecords");
}
