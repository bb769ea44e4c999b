package uk.police.saferportal.portal.wdbc.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.portal.wdbc.entity.WdbcTown;

/**
 * The We Don't Buy Crime register grouped by area, in the API's order, for the hub page (and its
 * preview).
 */
public record WdbcByArea(
    List<Map.Entry<Area, List<WdbcTown>>> towns,
    List<Map.Entry<Area, List<WdbcRetailer>>> retailers) {
  /** The hub's slug: its campaign page also shows the register. */
  public static final String HUB = "we-dont-buy-crime";

  public static WdbcByArea none() {
    return new WdbcByArea(List.of(), List.of());
  }

  /** Reads the public register (towns, then retailers) and groups it. */
  public static WdbcByArea read(WdbcApi api) {
    return new WdbcByArea(
        byArea(api.towns().items(), WdbcTown::area),
        byArea(api.retailers().items(), WdbcRetailer::area));
  }

  private static <T> List<Map.Entry<Area, List<T>>> byArea(List<T> items, Function<T, Area> area) {
    Map<Area, List<T>> groups = new LinkedHashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(area.apply(item), a -> new ArrayList<>()).add(item);
    }
    return List.copyOf(groups.entrySet());
  }
}
