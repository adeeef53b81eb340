package org.moisson.api.rest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI 3 description of the REST API, written by hand in src/main/resources/openapi and
 * served as is; OpenApiTest checks that every /api/v1 route of the application is in it.
 */
@RestController
class OpenApiController {
  static final String LOCATION = "openapi/openapi.json";

  @GetMapping("/api/v1/openapi.json")
  ResponseEntity<Resource> openApi() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ClassPathResource(LOCATION));
  }
}
