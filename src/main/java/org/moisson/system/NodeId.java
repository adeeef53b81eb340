package org.moisson.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * This application node among those sharing one database: the name its harvest runs carry, and
 * how long a run may go without a heartbeat before another node takes it over. The default name,
 * host and home folder, stays the same across restarts, so a node resumes its own interrupted
 * runs at once and leaves another live node's alone.
 */
public record NodeId(String name, Duration lease) {

  public NodeId {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("node name is blank");
    if (lease == null || lease.isNegative() || lease.isZero()) throw new IllegalArgumentException("lease must be positive");
  }

  static NodeId of(String configured, Path home, Duration lease) {
    if (configured != null && !configured.isBlank()) return new NodeId(configured.strip(), lease);
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return new NodeId(host + ":" + home.toAbsolutePath().normalize(), lease);
  }
}
