package uk.police.saferportal.portal.platform.entity;

import java.util.List;

/** The content API's collection envelope. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public int totalPages() {
    return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < totalPages();
  }
}
