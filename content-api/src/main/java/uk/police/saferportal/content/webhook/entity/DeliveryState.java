package uk.police.saferportal.content.webhook.entity;

import java.util.Locale;

/** Where a delivery stands: waiting to be (re)sent, accepted by the receiver, or given up. */
public enum DeliveryState {
  PENDING,
  DELIVERED,
  FAILED;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
