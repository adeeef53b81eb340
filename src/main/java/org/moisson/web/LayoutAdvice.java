package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What every page's layout needs: the same page in the other language, the current path, the map tiles. */
@ControllerAdvice(basePackages = "org.moisson.web")
class LayoutAdvice {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String tiles;
  private final MessageSource messages;

  LayoutAdvice(@Value("${moisson.map.tiles:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles,
      MessageSource messages) {
    this.tiles = tiles;
    this.messages = messages;
  }

  /** Labels the scripts show (suggestion groups, map controls), as JSON for a data attribute. */
  @ModelAttribute("scriptLabels")
  String scriptLabels(Locale locale) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : new String[] {"concepts", "keywords", "places", "titles", "none", "count", "draw"}) {
      m.put(k, messages.getMessage("portal.js." + k, null, k, locale));
    }
    return JSON.writeValueAsString(m);
  }

  @ModelAttribute("otherLanguageUrl")
  String otherLanguageUrl(HttpServletRequest request, Locale locale) {
    String other = "fr".equals(locale.getLanguage()) ? "en" : "fr";
    return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
        .replacePath(request.getRequestURI()).build().toUriString();
  }

  /** The path of the page, so the navigation marks where the visitor is (aria-current). */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The tile URL template maps load ({z}/{x}/{y}); a setting, so a site can use its own tile server. */
  @ModelAttribute("mapTiles")
  String mapTiles() {
    return tiles;
  }

  @ModelAttribute("lang")
  String lang(Locale locale) {
    return locale.getLanguage();
  }
}
