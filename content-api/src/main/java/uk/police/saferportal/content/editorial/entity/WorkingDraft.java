package uk.police.saferportal.content.editorial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to a published item not yet published, embedded in {@link ContentItem}: its next version
 * as a revision snapshot (JSON) while the item's fields stay what the public sees. Life: kept by an
 * edit ({@link #keep}), sent for review ({@link #submit}), returned to its editor ({@link
 * #returnToEditor}), and cleared when published or discarded ({@link #clear}).
 */
@Embeddable
public class WorkingDraft {
  @Column(name = "working_draft")
  private String content;

  @Column(name = "working_draft_by")
  private String savedBy;

  @Column(name = "working_draft_at")
  private Instant savedAt;

  /** Who sent the changes for review, and when; null while they are not in review. */
  @Column(name = "working_draft_submitted_by")
  private String submittedBy;

  @Column(name = "working_draft_submitted_at")
  private Instant submittedAt;

  public WorkingDraft() {}

  /** Keeps (or replaces) the changes; changes in review stay in review. */
  void keep(String snapshot, String editor, Instant now) {
    this.content = Objects.requireNonNull(snapshot);
    this.savedBy = editor;
    this.savedAt = now;
  }

  void clear() {
    this.content = null;
    this.savedBy = null;
    this.savedAt = null;
    this.submittedBy = null;
    this.submittedAt = null;
  }

  /** Sends the changes for review; they stay in review through later saves. */
  void submit(String editor, Instant now) {
    if (content == null) {
      throw new EditorialRuleException("There are no unpublished changes to send for review.");
    }
    if (submittedAt != null) {
      throw new EditorialRuleException("These changes are already waiting for review.");
    }
    this.submittedBy = editor;
    this.submittedAt = now;
  }

  /** Returns changes in review to their editor for more work; the changes are kept. */
  void returnToEditor() {
    if (submittedAt == null) {
      throw new EditorialRuleException("These changes are not waiting for review.");
    }
    this.submittedBy = null;
    this.submittedAt = null;
  }

  /** Whether there are changes waiting to be published. */
  public boolean waiting() {
    return content != null;
  }

  /** Whether the changes wait for a publisher's review. */
  public boolean inReview() {
    return content != null && submittedAt != null;
  }

  /** The changes, as snapshot JSON. */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  public Optional<String> savedBy() {
    return Optional.ofNullable(savedBy);
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }
}
