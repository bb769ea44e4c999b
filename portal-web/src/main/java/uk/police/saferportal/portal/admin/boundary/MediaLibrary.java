package uk.police.saferportal.portal.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.admin.control.ContentAdminApi;
import uk.police.saferportal.portal.admin.entity.MediaDescription;
import uk.police.saferportal.portal.admin.entity.MediaItem;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.entity.ApiProblemException;
import uk.police.saferportal.portal.platform.entity.ApiUnavailableException;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.platform.entity.Problem;

/**
 * The media library page: upload a file with its alt text, find files, copy their address for rich
 * text, change their alt text, delete those no content uses. The content API checks each file by
 * its bytes and says what is wrong; the page puts its words beside the fields.
 */
@Named
@ViewScoped
public class MediaLibrary implements Serializable {
  static final int PAGE_SIZE = 20;
  private static final Set<String> FIELDS = Set.of("file", "alt", "title");
  private static final String UNAVAILABLE =
      "Sorry, the content service is not available. Try again in a few minutes.";

  @Inject @RestClient transient ContentAdminApi api;

  private String q;
  private String kind;
  private String page;
  private String edit;

  private transient Part file;
  private String alt;
  private String title;

  private MediaItem editing;
  private String editAlt;
  private String editTitle;

  private Page<MediaItem> items = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;
  private boolean loaded;

  /** Called by the view's viewAction once the query parameters are set. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      items =
          StaffApiCalls.call(
              () -> api.media(blankToNull(q), blankToNull(kind), pageNumber(), PAGE_SIZE));
      if (edit != null && !edit.isBlank()) {
        editing = StaffApiCalls.call(() -> api.mediaItem(edit.trim()));
        editAlt = editing.alt();
        editTitle = editing.title();
      }
    } catch (ApiUnavailableException e) {
      unavailable = true;
    } catch (ApiProblemException e) {
      ProblemMessages.error(null, e.problem().detail());
    }
  }

  public String upload() {
    List<EntityPart> parts = new ArrayList<>();
    try {
      if (file != null && file.getSize() > 0) {
        try (InputStream in = file.getInputStream()) {
          parts.add(
              EntityPart.withName("file")
                  .fileName(file.getSubmittedFileName())
                  .content(in.readAllBytes())
                  .mediaType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                  .build());
        }
      }
      addText(parts, "alt", alt);
      addText(parts, "title", title);
    } catch (IOException e) {
      ProblemMessages.error("file", "The file could not be read. Choose it again");
      return null;
    }
    try {
      MediaItem saved = StaffApiCalls.call(() -> api.upload(new GenericEntity<>(parts) {}));
      Messages.addFlashGlobalInfo("File uploaded: " + saved.fileName());
      return "/admin/media?faces-redirect=true";
    } catch (ApiProblemException e) {
      showUploadProblem(e.problem());
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(null, UNAVAILABLE);
      return null;
    }
  }

  /** The type and size problems have no field of their own: they are about the file. */
  private static void showUploadProblem(Problem problem) {
    if (problem.status() == 413 || problem.status() == 415) {
      ProblemMessages.error("file", problem.detail());
    } else if (problem.status() == 403) {
      ProblemMessages.error(null, "Your role does not allow uploading files.");
    } else {
      ProblemMessages.show(problem, FIELDS);
    }
  }

  public String saveDescription() {
    try {
      StaffApiCalls.call(
          () ->
              api.describeMedia(
                  editing.id(),
                  "\"" + editing.version() + "\"",
                  new MediaDescription(editAlt, editTitle)));
      Messages.addFlashGlobalInfo("Alt text saved for " + editing.fileName());
      return "/admin/media?faces-redirect=true";
    } catch (ApiProblemException e) {
      if (e.status() == 412) {
        ProblemMessages.error(
            null,
            "Someone else changed this file's details meanwhile. Reload the page to see theirs.");
      } else {
        e.problem().errors().stream()
            .findFirst()
            .ifPresentOrElse(
                error -> ProblemMessages.error("edit-" + error.field(), error.message()),
                () -> ProblemMessages.error(null, e.problem().detail()));
      }
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(null, UNAVAILABLE);
      return null;
    }
  }

  public String delete(MediaItem item) {
    try {
      StaffApiCalls.call(
          () -> {
            api.deleteMedia(item.id(), "\"" + item.version() + "\"");
            return null;
          });
      Messages.addFlashGlobalInfo("File deleted: " + item.fileName());
      return "/admin/media?faces-redirect=true";
    } catch (ApiProblemException e) {
      ProblemMessages.error(
          null,
          switch (e.status()) {
            case 409 -> item.fileName() + " cannot be deleted yet. " + e.problem().detail();
            case 412 -> "Someone else changed this file meanwhile. Reload the page and try again.";
            case 403 -> "Only publishers can delete files.";
            default -> e.problem().detail();
          });
      return null;
    } catch (ApiUnavailableException e) {
      ProblemMessages.error(null, UNAVAILABLE);
      return null;
    }
  }

  private static void addText(List<EntityPart> parts, String name, String value)
      throws IOException {
    if (value != null && !value.isBlank()) {
      parts.add(
          EntityPart.withName(name)
              .content(value)
              .mediaType(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
              .build());
    }
  }

  public String pageLink(int number) {
    return PageLinks.of(number, "q", q, "kind", kind);
  }

  public String editLink(MediaItem item) {
    return PageLinks.of(items.page(), "q", q, "kind", kind, "edit", item.id()) + "#edit";
  }

  private int pageNumber() {
    try {
      return page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public Page<MediaItem> getItems() {
    return items;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public MediaItem getEditing() {
    return editing;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getEdit() {
    return edit;
  }

  public void setEdit(String edit) {
    this.edit = edit;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getAlt() {
    return alt;
  }

  public void setAlt(String alt) {
    this.alt = alt;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEditAlt() {
    return editAlt;
  }

  public void setEditAlt(String editAlt) {
    this.editAlt = editAlt;
  }

  public String getEditTitle() {
    return editTitle;
  }

  public void setEditTitle(String editTitle) {
    this.editTitle = editTitle;
  }
}
