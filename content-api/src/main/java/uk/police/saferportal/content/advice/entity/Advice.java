package uk.police.saferportal.content.advice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;
import uk.police.saferportal.content.editorial.entity.Editorial;
import uk.police.saferportal.content.editorial.entity.EditorialAction;
import uk.police.saferportal.content.editorial.entity.EditorialState;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * A crime-prevention advice article. Life cycle: written as a draft, revised any number of times,
 * published (visible to the public), unpublished back to draft, deleted. The body is stored
 * sanitised. The version guards against two editors overwriting each other.
 */
@Entity
@Table(name = "advice")
public class Advice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String body;

  @Embedded private Editorial editorial = new Editorial();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  @ManyToMany
  @JoinTable(
      name = "advice_topic",
      joinColumns = @JoinColumn(name = "advice_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  private Set<Topic> topics = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "advice_area",
      joinColumns = @JoinColumn(name = "advice_id"),
      inverseJoinColumns = @JoinColumn(name = "area_id"))
  private Set<Area> areas = new LinkedHashSet<>();

  protected Advice() {}

  public Advice(Slug slug, AdviceContent content, String author, Instant now) {
    this.slug = Objects.requireNonNull(slug).value();
    this.createdAt = now;
    this.createdBy = Objects.requireNonNull(author);
    apply(content, author, now);
  }

  /** Replaces the editable content; a published article stays published with the new text. */
  public void revise(AdviceContent content, String editor, Instant now) {
    apply(content, editor, now);
  }

  /** Moves the article through its editorial life; the rules are {@link EditorialAction}'s. */
  public void act(EditorialAction action, String who, Instant now) {
    editorial.apply(action, now);
    touch(who, now);
  }

  /** Schedules publication (and optionally its end); see {@link Editorial#schedule}. */
  public void schedule(Instant publishAt, Instant unpublishAt, String who, Instant now) {
    editorial.schedule(publishAt, unpublishAt, now);
    touch(who, now);
  }

  public boolean isPublished() {
    return editorial.isPublic();
  }

  private void apply(AdviceContent content, String editor, Instant now) {
    this.title = content.title();
    this.summary = content.summary();
    this.body = content.body();
    this.topics = new LinkedHashSet<>(content.topics());
    this.areas = new LinkedHashSet<>(content.areas());
    touch(editor, now);
  }

  private void touch(String who, Instant now) {
    this.updatedAt = now;
    this.updatedBy = who;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public EditorialState state() {
    return editorial.state();
  }

  public Editorial editorial() {
    return editorial;
  }

  public Long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Optional<Instant> publishedAt() {
    return editorial.publishedAt();
  }

  public long version() {
    return version;
  }

  public List<Topic> topics() {
    return topics.stream().sorted(Comparator.comparingInt(Topic::position)).toList();
  }

  public List<Area> areas() {
    return areas.stream().sorted(Comparator.comparingInt(Area::position)).toList();
  }
}
