package uk.police.saferportal.content.media.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of one media item, kept apart so that listing the library never reads them. */
@Entity
@Table(name = "media_bytes")
public class MediaBytes {
  @Id
  @Column(name = "media_id")
  private Long mediaId;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected MediaBytes() {}

  public MediaBytes(long mediaId, byte[] content) {
    this.mediaId = mediaId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content;
  }
}
