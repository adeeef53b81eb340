package org.moisson.harvest;

/** A page or a source that cannot be harvested now; the message goes to the run report as is. */
public class HarvestException extends Exception {
  public HarvestException(String message) {
    super(message);
  }

  public HarvestException(String message, Throwable cause) {
    super(message, cause);
  }
}
