package uk.police.saferportal.content.editorial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.area.entity.Topic;

/**
 * What every content type shares: slug, title, summary, sanitised body, topics, areas, the
 * editorial life ({@link Editorial}), who wrote and changed it, and a version that stops two
 * editors overwriting each other. One table holds every type; the {@code content_type} column names
 * the subclass (its {@link DiscriminatorValue}), which is also the type's API name. Subclasses add
 * their own fields and say how they appear in a revision ({@link #details}); changes to a published
 * item wait in its {@link WorkingDraft}. Each type is declared to the core by a {@link ContentType}
 * bean.
 */
@Entity
@Table(name = "content")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "content_type")
public abstract class ContentItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The discriminator, read-only, so queries can filter by type name. */
  @Column(name = "content_type", insertable = false, updatable = false)
  private String type;

  @Column(nullable = false, updatable = false)
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

  /** Shown before the text on sensitive subjects (e.g. "This page talks about abuse"); optional. */
  @Column(name = "content_note")
  private String contentNote;

  /** Changes to a published item not yet published; null (all columns null) when there are none. */
  @Embedded private WorkingDraft workingDraft;

  @Version private long version;

  @ManyToMany
  @JoinTable(
      name = "content_topic",
      joinColumns = @JoinColumn(name = "content_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  private Set<Topic> topics = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "content_area",
      joinColumns = @JoinColumn(name = "content_id"),
      inverseJoinColumns = @JoinColumn(name = "area_id"))
  private Set<Area> areas = new LinkedHashSet<>();

  protected ContentItem() {}

  protected ContentItem(Slug slug, ContentFields fields, String author, Instant now) {
    this.slug = Objects.requireNonNull(slug).value();
    this.createdAt = now;
    this.createdBy = Objects.requireNonNull(author);
    apply(fields, author, now);
  }

  /** The API name of a content type class: its discriminator value, e.g. {@code advice}. */
  public static String typeName(Class<? extends ContentItem> type) {
    DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
    if (value == null) {
      throw new IllegalArgumentException(type + " has no @DiscriminatorValue");
    }
    return value.value();
  }

  /** This item's type name, e.g. {@code campaign}. */
  public String contentType() {
    return typeName(getClass());
  }

  /** Replaces the shared editable fields; a published item stays published with the new text. */
  public void revise(ContentFields fields, String editor, Instant now) {
    apply(fields, editor, now);
  }

  /** Moves the item through its editorial life; the rules are {@link EditorialAction}'s. */
  public void act(EditorialAction action, String who, Instant now) {
    editorial.apply(action, now);
    touch(who, now);
  }

  /** Schedules publication (and optionally its end); see {@link Editorial#schedule}. */
  public void schedule(Instant publishAt, Instant unpublishAt, String who, Instant now) {
    editorial.schedule(publishAt, unpublishAt, now);
    touch(who, now);
  }

  /**
   * The type's own fields as text, in a fixed order, for revisions and their comparison. Empty for
   * types with none.
   */
  public Map<String, String> details() {
    return Map.of();
  }

  /** Puts back the type's own fields from a revision's {@link #details()}. */
  public void restoreDetails(Map<String, String> details) {
    // a type without fields of its own has nothing to put back
  }

  public boolean isPublished() {
    return editorial.isPublic();
  }

  /**
   * Keeps changes to a published item aside (as snapshot JSON) without touching what the public
   * sees; they replace the public fields when published (the caller applies them, then {@link
   * #clearWorkingDraft}).
   */
  public void keepWorkingDraft(String snapshot, String editor, Instant now) {
    changes().keep(snapshot, editor, now);
    touch(editor, now);
  }

  public Optional<String> contentNote() {
    return Optional.ofNullable(contentNote);
  }

  /** Whether a topic of this item is sensitive: its page gets the quick-exit control. */
  public boolean sensitive() {
    return topics.stream().anyMatch(Topic::sensitive);
  }

  /**
   * The unpublished changes of a published item; {@link WorkingDraft#waiting()} says if any. Read
   * only: the changes move through the verbs below.
   */
  public WorkingDraft workingDraft() {
    // loaded as null when every column is null; never assigned here, so a read changes nothing
    return workingDraft == null ? new WorkingDraft() : workingDraft;
  }

  private WorkingDraft changes() {
    if (workingDraft == null) {
      workingDraft = new WorkingDraft();
    }
    return workingDraft;
  }

  public void clearWorkingDraft() {
    if (workingDraft != null) {
      workingDraft.clear();
    }
  }

  /** Sends the working draft for review; it stays in review through later saves. */
  public void submitWorkingDraft(String editor, Instant now) {
    workingDraft().submit(editor, now);
    touch(editor, now);
  }

  /** Returns changes in review to their editor for more work; the changes are kept. */
  public void returnWorkingDraft(String publisher, Instant now) {
    workingDraft().returnToEditor();
    touch(publisher, now);
  }

  private void apply(ContentFields fields, String editor, Instant now) {
    this.title = fields.title();
    this.summary = fields.summary();
    this.body = fields.body();
    this.topics = new LinkedHashSet<>(fields.topics());
    this.areas = new LinkedHashSet<>(fields.areas());
    this.contentNote = fields.contentNote();
    touch(editor, now);
  }

  /** Records who changed the item last, and when. */
  public void touchBy(String who, Instant now) {
    touch(who, now);
  }

  protected void touch(String who, Instant now) {
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
