package org.moisson.api.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moisson.harvest.HarvestService;
import org.moisson.search.InvalidQueryException;
import org.moisson.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API error as JSON {status, error, message}: a bad request says what to fix, never a stack trace. */
@RestControllerAdvice(basePackages = "org.moisson.api")
class ApiErrors {
  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status.value());
    m.put("error", status.getReasonPhrase());
    m.put("message", message);
    return ResponseEntity.status(status).body(m);
  }

  @ExceptionHandler({InvalidQueryException.class, IllegalArgumentException.class})
  ResponseEntity<Map<String, Object>> badRequest(RuntimeException e) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "parameter '" + e.getName() + "' cannot be '" + e.getValue() + "'");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, "parameter '" + e.getParameterName() + "' is required");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return body(HttpStatus.BAD_REQUEST, "the request body is not the JSON expected");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON (Content-Type: application/json)");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
  }

  @ExceptionHandler(HarvestService.UnknownException.class)
  ResponseEntity<Map<String, Object>> notFound(RuntimeException e) {
    return body(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(RunStore.AlreadyRunning.class)
  ResponseEntity<Map<String, Object>> conflict(RunStore.AlreadyRunning e) {
    return body(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> internal(Exception e) {
    if (e instanceof org.springframework.web.ErrorResponse er) {
      HttpStatus status = HttpStatus.valueOf(er.getStatusCode().value());
      return body(status, status == HttpStatus.NOT_FOUND ? "no such resource" : er.getBody().getDetail());
    }
    log.error("API error", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; it has been logged");
  }

  /** A resource that does not exist. */
  static class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
      super(message);
    }
  }
}
