package uk.police.saferportal.portal.content.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.police.saferportal.portal.area.control.Areas;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.content.control.Topics;
import uk.police.saferportal.portal.content.entity.Topic;
import uk.police.saferportal.portal.media.control.MediaApi;
import uk.police.saferportal.portal.media.entity.MediaItem;

/** What the editor offers to choose from: topics, areas and the library's newest 50 images. */
@Named
@ViewScoped
public class EditorChoices implements Serializable {
  @Inject @RestClient transient MediaApi media;
  @Inject transient Topics topicList;
  @Inject transient Areas areaList;

  private List<Topic> topics = List.of();
  private List<MediaItem> images = List.of();
  private List<Area> areas = List.of();

  /** Reads the choices (the editor calls this as it loads). */
  void load() {
    topics = topicList.all();
    images = media.media(null, "image", 1, 50).items();
    areas = areaList.all();
  }

  /**
   * The hero image choices: none, the library's images, and the current image if it is not among
   * them, so saving never loses it.
   */
  public List<SelectItem> heroImages(String current) {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", "No image"));
    boolean listed = false;
    for (MediaItem image : images) {
      items.add(new SelectItem(image.url(), image.fileName() + " (" + image.alt() + ")"));
      listed |= image.url().equals(current);
    }
    if (current != null && !current.isBlank() && !listed) {
      items.add(new SelectItem(current, "The current image"));
    }
    return items;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  /** The library's images (newest 50), to insert into the text or show as a hero. */
  public List<MediaItem> getImages() {
    return images;
  }

  public List<Area> getAreas() {
    return areas;
  }
}
