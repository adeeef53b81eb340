package org.moisson.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One application per home folder: two would share one database folder and one index and corrupt
 * both. The lock is held until the JVM exits, and the OS drops it even after kill -9.
 */
final class HomeLock {
  private static FileLock held;

  private HomeLock() {}

  static synchronized void acquire(Path home) throws IOException {
    if (held != null && held.isValid()) return;
    FileChannel channel = FileChannel.open(home.resolve("moisson.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("another Moisson is running with home " + home + "; stop it or choose another --moisson.home");
    }
    held = lock;
  }
}
