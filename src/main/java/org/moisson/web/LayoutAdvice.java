package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's header needs: the link to the same page in the other language. */
@ControllerAdvice(basePackages = "org.moisson.web")
class LayoutAdvice {
  @ModelAttribute("otherLanguageUrl")
  String otherLanguageUrl(HttpServletRequest request, Locale locale) {
    String other = "fr".equals(locale.getLanguage()) ? "en" : "fr";
    return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
        .replacePath(request.getRequestURI()).build().toUriString();
  }
}
