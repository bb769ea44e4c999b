package uk.police.saferportal.portal.area.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.platform.control.ContentCache;

/** The five policing areas (kept a few minutes in the cache) and which one a postcode is in. */
@ApplicationScoped
public class Areas {
  @Inject @RestClient AreaApi api;
  @Inject ContentCache cache;

  public List<Area> all() {
    return cache.reference("areas", api::areas).items();
  }

  /** The policing area of a postcode; a problem says whether it was not a postcode or not ours. */
  public Area of(String postcode) {
    return api.areaOf(postcode);
  }
}
