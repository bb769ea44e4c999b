package uk.police.saferportal.portal.media.boundary;

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
import uk.police.saferportal.portal.media.control.MediaApi;
import uk.police.saferportal.portal.media.entity.MediaDescription;
import uk.police.saferportal.portal.media.entity.MediaItem;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.boundary.QueryParams;
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

  @Inject @RestClient transient MediaApi api;

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

  /**
   * Called by the view's viewAction once the query parameters are set (on the first request only,
   * not on postbacks).
   */
  public void load() {
    ApiCall.run(
            () -> {
              items =
                  api.media(
                      QueryParams.optional(q),
                      QueryParams.optional(kind),
                      QueryParams.pageNumber(page),
                      PAGE_SIZE);
              if (edit != null && !edit.isBlank()) {
                editing = api.mediaItem(edit.trim());
                editAlt = editing.alt();
                editTitle = editing.title();
              }
            })
        .otherwise(problem -> ProblemMessages.error(null, problem.detail()))
        .load(() -> unavailable = true);
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
    return ApiCall.of(() -> api.upload(new GenericEntity<>(parts) {}))
        .otherwise(MediaLibrary::showUploadProblem)
        .submit()
        .map(saved -> done("File uploaded: " + saved.fileName()))
        .orElse(null);
  }

  private static String done(String message) {
    Messages.addFlashGlobalInfo(message);
    return "/admin/media?faces-redirect=true";
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
    String ifMatch = "\"" + editing.version() + "\"";
    MediaDescription description = new MediaDescription(editAlt, editTitle);
    return ApiCall.of(() -> api.describe(editing.id(), ifMatch, description))
        .on(
            412,
            "Someone else changed this file's details meanwhile. Reload the page to see theirs.")
        .otherwise(
            problem ->
                problem.errors().stream()
                    .findFirst()
                    .ifPresentOrElse(
                        error -> ProblemMessages.error("edit-" + error.field(), error.message()),
                        () -> ProblemMessages.error(null, problem.detail())))
        .submit()
        .map(saved -> done("Alt text saved for " + editing.fileName()))
        .orElse(null);
  }

  public String delete(MediaItem item) {
    return ApiCall.run(() -> api.delete(item.id(), "\"" + item.version() + "\""))
        .on(
            409,
            p ->
                ProblemMessages.error(
                    null, item.fileName() + " cannot be deleted yet. " + p.detail()))
        .on(412, "Someone else changed this file meanwhile. Reload the page and try again.")
        .on(403, "Only publishers can delete files.")
        .otherwise(problem -> ProblemMessages.error(null, problem.detail()))
        .submit()
        .map(deleted -> done("File deleted: " + item.fileName()))
        .orElse(null);
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
