package org.moisson.api.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.moisson.system.AdminToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sources and harvests are the admin API: a bearer token is required, else 401. */
@Component
class AdminTokenFilter extends OncePerRequestFilter {
  private static final java.util.regex.Pattern CURATION = java.util.regex.Pattern.compile("/api/v1/datasets/[^/]+/curation");
  private final AdminToken token;

  AdminTokenFilter(AdminToken token) {
    this.token = token;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !(path.startsWith("/api/v1/sources") || path.startsWith("/api/v1/harvests")
        || path.startsWith("/api/v1/index") || adminPage(path)
        || path.startsWith("/api/v1/collections")
        || CURATION.matcher(path).lookingAt());
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean adminPage(String path) {
    return (path.equals("/admin") || path.startsWith("/admin/")) && !path.startsWith("/admin/login");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String auth = req.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && token.matches(auth.substring(7))) {
      chain.doFilter(req, res);
      return;
    }
    if (adminPage(path(req))) {
      // Pages sign in with the token once; the browser then sends it as an HttpOnly cookie.
      if (req.getCookies() != null) {
        for (jakarta.servlet.http.Cookie c : req.getCookies()) {
          if ("moisson-admin".equals(c.getName()) && token.matches(c.getValue())) {
            chain.doFilter(req, res);
            return;
          }
        }
      }
      res.sendRedirect(req.getContextPath() + "/admin/login");
      return;
    }
    res.setStatus(401);
    res.setHeader("WWW-Authenticate", "Bearer realm=\"moisson-admin\"");
    res.setContentType("application/json");
    res.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"the admin API needs "
        + "'Authorization: Bearer <token>' (see moisson.admin-token)\"}");
  }
}
