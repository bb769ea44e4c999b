package uk.police.saferportal.portal.campaign.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.saferportal.portal.platform.control.PublicContent;
import uk.police.saferportal.portal.platform.entity.Area;
import uk.police.saferportal.portal.platform.entity.WdbcRetailer;
import uk.police.saferportal.portal.platform.entity.WdbcTown;

/**
 * The We Don't Buy Crime register grouped by area, in the API's order, for the hub page (and its
 * preview).
 */
public record WdbcByArea(
    List<Map.Entry<Area, List<WdbcTown>>> towns,
    List<Map.Entry<Area, List<WdbcRetailer>>> retailers) {

  public static WdbcByArea none() {
    return new WdbcByArea(List.of(), List.of());
  }

  public static WdbcByArea read(PublicContent content) {
    Map<Area, List<WdbcTown>> towns = new LinkedHashMap<>();
    for (WdbcTown town : content.wdbcTowns()) {
      towns.computeIfAbsent(town.area(), a -> new ArrayList<>()).add(town);
    }
    Map<Area, List<WdbcRetailer>> retailers = new LinkedHashMap<>();
    for (WdbcRetailer retailer : content.wdbcRetailers()) {
      retailers.computeIfAbsent(retailer.area(), a -> new ArrayList<>()).add(retailer);
    }
    return new WdbcByArea(List.copyOf(towns.entrySet()), List.copyOf(retailers.entrySet()));
  }
}
