package org.moisson.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The admin API's bearer token: {@code moisson.admin-token}, or when blank one generated on first
 * start and kept in {@code <home>/admin-token} (readable by the owner only), so an instance is never
 * open by default.
 */
@Component
public class AdminToken {
  private static final Logger log = LoggerFactory.getLogger(AdminToken.class);
  private final byte[] token;

  AdminToken(MoissonProperties props) {
    String t = props.adminToken();
    if (t == null || t.isBlank()) t = fromFile(props.home().resolve("admin-token"));
    this.token = t.strip().getBytes(StandardCharsets.UTF_8);
  }

  private static String fromFile(Path file) {
    try {
      if (Files.exists(file)) return Files.readString(file).strip();
      Files.createDirectories(file.getParent());
      byte[] b = new byte[24];
      new SecureRandom().nextBytes(b);
      String t = HexFormat.of().formatHex(b);
      Files.writeString(file, t + "\n");
      try {
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      log.info("admin token generated in {}", file);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the admin token at " + file, e);
    }
  }

  /** Constant-time comparison of a presented token. */
  public boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8));
  }
}
