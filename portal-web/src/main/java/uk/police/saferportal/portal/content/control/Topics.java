package uk.police.saferportal.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.content.entity.Topic;
import uk.police.saferportal.portal.platform.control.ContentCache;

/** The topics, kept a few minutes in the cache: every filter and editor lists them. */
@ApplicationScoped
public class Topics {
  @Inject @RestClient TopicApi api;
  @Inject ContentCache cache;

  public List<Topic> all() {
    return cache.reference("topics", api::topics).items();
  }
}
