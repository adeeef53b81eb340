package org.moisson.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The map search: draw a box or pick a named area, then see the results for that area. */
@Controller
class MapPageController {
  @GetMapping("/map")
  String map(Model model) {
    model.addAttribute("regions", MapRegions.ALL);
    return "map";
  }
}
