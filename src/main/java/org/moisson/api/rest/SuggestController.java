package org.moisson.api.rest;

import org.moisson.search.InvalidQueryException;
import org.moisson.vocabulary.Suggestions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Completion for the search box: {@code GET /api/v1/suggest?q=aero&lang=fr} answers
 * {@code {"q", "concepts":[{uri,label,scheme,count}], "keywords":[{value,count}],
 * "places":[{value,count}], "titles":[{id,title}]}}, every list empty below two letters.
 */
@RestController
class SuggestController {
  private final Suggestions suggestions;

  SuggestController(Suggestions suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping("/api/v1/suggest")
  Suggestions.Answer suggest(@RequestParam(required = false) String q, @RequestParam(required = false) String lang) {
    if (lang != null && !lang.isBlank() && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
      throw new InvalidQueryException("lang must be a language code such as fr or en, not '" + lang + "'");
    }
    String l = lang == null || lang.isBlank() ? null : lang.toLowerCase(java.util.Locale.ROOT).replaceFirst("-.*", "");
    return suggestions.suggest(q, l);
  }
}
