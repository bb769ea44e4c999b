package uk.police.saferportal.portal.webhook.entity;

/** The content API's answer to creating a webhook: its id and, this once, its signing secret. */
public record CreatedWebhook(String id, String name, String secret) {
  @Override
  public String toString() {
    return "CreatedWebhook[" + id + "]";
  }
}
