package org.moisson.web;

import java.util.Locale;
import org.moisson.fair.FairIndicator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The published explanation of the FAIR indicators, linked from every dataset's score. */
@Controller
class FairPageController {
  @GetMapping("/fair")
  String fair(Model model, Locale locale) {
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("indicators", FairIndicator.values());
    return "fair";
  }
}
