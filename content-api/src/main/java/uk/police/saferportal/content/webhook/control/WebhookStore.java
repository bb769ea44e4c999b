package uk.police.saferportal.content.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.webhook.entity.DeliveryState;
import uk.police.saferportal.content.webhook.entity.Webhook;
import uk.police.saferportal.content.webhook.entity.WebhookDelivery;

/** Finds and keeps webhooks and their deliveries; runs in the caller's transaction. */
@ApplicationScoped
public class WebhookStore {
  @PersistenceContext EntityManager em;

  public Optional<Webhook> find(String id) {
    return Optional.ofNullable(id).map(key -> em.find(Webhook.class, key));
  }

  public Optional<Webhook> byName(String name) {
    return em.createQuery("select w from Webhook w where w.name = :name", Webhook.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public Optional<Webhook> managed() {
    return em.createQuery("select w from Webhook w where w.managed = true", Webhook.class)
        .getResultStream()
        .findFirst();
  }

  /** Deliveries still to be sent (new, or failed and waiting for their retry): the outbox. */
  public long pendingCount() {
    return em.createQuery(
            "select count(d) from WebhookDelivery d where d.state = :pending", Long.class)
        .setParameter("pending", DeliveryState.PENDING)
        .getSingleResult();
  }

  public Page<Webhook> page(PageRequest page) {
    long total = em.createQuery("select count(w) from Webhook w", Long.class).getSingleResult();
    List<Webhook> items =
        em.createQuery("select w from Webhook w order by w.createdAt, w.id", Webhook.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  public List<Webhook> active() {
    return em.createQuery("select w from Webhook w where w.active = true", Webhook.class)
        .getResultList();
  }

  public void add(Webhook webhook) {
    em.persist(webhook);
  }

  public void remove(Webhook webhook) {
    em.createQuery("delete from WebhookDelivery d where d.webhookId = :id")
        .setParameter("id", webhook.id())
        .executeUpdate();
    em.remove(webhook);
  }

  public void add(WebhookDelivery delivery) {
    em.persist(delivery);
  }

  public Optional<WebhookDelivery> delivery(String webhookId, String deliveryId) {
    return Optional.ofNullable(deliveryId)
        .map(id -> em.find(WebhookDelivery.class, id))
        .filter(d -> d.webhookId().equals(webhookId));
  }

  /** The delivery log of one webhook, newest first. */
  public Page<WebhookDelivery> deliveries(String webhookId, PageRequest page) {
    long total =
        em.createQuery("select count(d) from WebhookDelivery d where d.webhookId = :id", Long.class)
            .setParameter("id", webhookId)
            .getSingleResult();
    List<WebhookDelivery> items =
        em.createQuery(
                "select d from WebhookDelivery d where d.webhookId = :id"
                    + " order by d.createdAt desc, d.id desc",
                WebhookDelivery.class)
            .setParameter("id", webhookId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, page, total);
  }

  /** Pending deliveries of active webhooks whose next attempt is due, oldest due first. */
  public List<String> due(Instant now, int limit) {
    return em.createQuery(
            "select d.id from WebhookDelivery d, Webhook w where w.id = d.webhookId"
                + " and w.active = true and d.state = :pending and d.nextAttemptAt <= :now"
                + " order by d.nextAttemptAt",
            String.class)
        .setParameter("pending", DeliveryState.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Takes the next attempt of a due delivery for this sender: counts the attempt and moves its next
   * attempt to {@code leaseUntil} (when another sender may take it if this one never reports). A
   * conditional update, so of several instances exactly one wins each attempt.
   */
  public boolean claim(String deliveryId, Instant now, Instant leaseUntil) {
    return em.createQuery(
                "update WebhookDelivery d set d.attempts = d.attempts + 1,"
                    + " d.nextAttemptAt = :lease where d.id = :id and d.state = :pending"
                    + " and d.nextAttemptAt <= :now")
            .setParameter("lease", leaseUntil)
            .setParameter("id", deliveryId)
            .setParameter("pending", DeliveryState.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  public Optional<WebhookDelivery> delivery(String deliveryId) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId));
  }
}
