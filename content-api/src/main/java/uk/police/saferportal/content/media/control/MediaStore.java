package uk.police.saferportal.content.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.saferportal.content.editorial.control.ContentStore;
import uk.police.saferportal.content.media.entity.ContentUse;
import uk.police.saferportal.content.media.entity.MediaBytes;
import uk.police.saferportal.content.media.entity.MediaItem;
import uk.police.saferportal.content.media.entity.MediaKind;
import uk.police.saferportal.content.platform.control.LikePattern;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;

/** Finds media items and their bytes, and the content that uses an item. */
@ApplicationScoped
public class MediaStore {
  @PersistenceContext EntityManager em;
  @Inject ContentStore content;

  public Optional<MediaItem> find(String publicKey) {
    return em.createQuery("select m from MediaItem m where m.publicKey = :key", MediaItem.class)
        .setParameter("key", publicKey)
        .getResultStream()
        .findFirst();
  }

  public Optional<byte[]> bytes(MediaItem item) {
    return Optional.ofNullable(em.find(MediaBytes.class, item.id())).map(MediaBytes::content);
  }

  /** Newest first; {@code text} matches the file name, alt text or title. */
  public Page<MediaItem> search(Optional<String> text, Optional<MediaKind> kind, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    kind.ifPresent(
        k -> {
          where.append(" and m.kind = :kind");
          parameters.put("kind", k);
        });
    text.filter(t -> !t.isBlank())
        .ifPresent(
            t -> {
              where
                  .append(" and (lower(m.fileName) like :text escape '\\'")
                  .append(" or lower(m.altText) like :text escape '\\'")
                  .append(" or lower(m.title) like :text escape '\\')");
              parameters.put("text", LikePattern.containing(t.toLowerCase(java.util.Locale.ROOT)));
            });
    TypedQuery<Long> count = em.createQuery("select count(m) from MediaItem m" + where, Long.class);
    TypedQuery<MediaItem> items =
        em.createQuery(
            "select m from MediaItem m" + where + " order by m.createdAt desc, m.id desc",
            MediaItem.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<MediaItem> list =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(list, page, total);
  }

  /**
   * The content that shows or links to the item, in any state and in unpublished changes too (a
   * draft that shows an image still needs it). Where content keeps media addresses is the editorial
   * core's and each content type's business ({@link ContentStore#containing}).
   */
  public List<ContentUse> usedBy(MediaItem item) {
    return content.containing("/media/" + item.publicKey() + "/").stream()
        .map(c -> new ContentUse(c.contentType(), c.slug(), c.title()))
        .toList();
  }

  public void add(MediaItem item, byte[] content) {
    em.persist(item);
    em.flush(); // the bytes row needs the item's id
    em.persist(new MediaBytes(item.id(), content));
  }

  public void remove(MediaItem item) {
    em.createQuery("delete from MediaBytes b where b.mediaId = :id")
        .setParameter("id", item.id())
        .executeUpdate();
    em.remove(item);
  }
}
