package uk.police.saferportal.content.media;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.police.saferportal.content.support.Fixtures.PASSWORD;
import static uk.police.saferportal.content.support.Fixtures.assertProblem;
import static uk.police.saferportal.content.support.Fixtures.draft;
import static uk.police.saferportal.content.support.Fixtures.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.saferportal.content.support.ApiCases;
import uk.police.saferportal.content.support.ApiClient.Reply;

/**
 * The media library: uploads typed by their bytes, alt text, limits, caching, and use in content.
 */
public interface MediaApiCases extends ApiCases {
  @Test
  default void anEditorUploadsAnImageThatIsServedToAnyoneForAYear() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    String tag = unique();
    String name = "Shed Lock " + tag;
    byte[] png = png(4, 2);
    Reply created =
        upload(name + ".png", "image/png", png, "A padlock on a shed door", null, editor);
    assertEquals(201, created.status(), created.toString());
    JsonObject media = created.json();
    String id = media.getString("id");
    assertTrue(created.header("Location").orElseThrow().endsWith("/v1/admin/media/" + id));
    assertAll(
        () -> assertEquals("image/png", media.getString("mediaType")),
        () -> assertEquals("image", media.getString("kind")),
        () -> assertEquals(png.length, media.getInt("size")),
        () -> assertEquals(4, media.getInt("width")),
        () -> assertEquals(2, media.getInt("height")),
        () -> assertEquals("A padlock on a shed door", media.getString("alt")),
        () ->
            assertEquals(
                name.toLowerCase().replace(' ', '-') + ".png", media.getString("fileName")),
        () -> assertEquals("editor", media.getString("createdBy")),
        () -> assertEquals(0, media.getJsonArray("usedBy").size()));
    String url = media.getString("url");
    assertEquals("/api/v1/media/" + id + "/" + media.getString("fileName"), url);

    java.net.http.HttpResponse<byte[]> served = fetch(url);
    assertEquals(200, served.statusCode());
    assertTrue(java.util.Arrays.equals(png, served.body()), "served bytes differ");
    assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
    String cache = served.headers().firstValue("Cache-Control").orElseThrow();
    assertTrue(cache.contains("public") && cache.contains("max-age=31536000"), cache);
    assertTrue(cache.contains("immutable"), cache);
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
    String etag = served.headers().firstValue("ETag").orElseThrow();
    assertFalse(etag.startsWith("W/"), "a strong ETag: " + etag);

    java.net.http.HttpResponse<byte[]> again = fetch(url, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(404, fetch(url.replace(".png", "-other.png")).statusCode());

    Reply listed = api().get("v1/admin/media?kind=image&q=" + tag, editor);
    assertEquals(200, listed.status(), listed.toString());
    assertEquals(1, listed.json().getInt("total"));
    assertEquals(id, listed.items().getJsonObject(0).getString("id"));
    assertEquals(
        0, api().get("v1/admin/media?kind=document&q=" + tag, editor).json().getInt("total"));
    assertProblem(api().get("v1/admin/media?kind=video", editor), 400, "invalid-parameter", "kind");

    String[] admin = api().bearer("admin", PASSWORD);
    Reply audit = api().get("v1/admin/audit?subjectType=media&subjectRef=" + id, admin);
    assertEquals("media.upload", audit.items().getJsonObject(0).getString("action"));
  }

  @Test
  default void uploadingNeedsASignedInEditor() throws Exception {
    assertProblem(
        upload("x.png", "image/png", png(2, 2), "Alt", null), 401, "unauthenticated", null);
    assertProblem(api().get("v1/admin/media"), 401, "unauthenticated", null);
  }

  @Test
  default void anImageWithoutAltTextIsRefusedNamingTheField() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    assertProblem(
        upload("no-alt.png", "image/png", png(2, 2), null, "Title", editor),
        400,
        "validation",
        "alt");
    assertProblem(
        upload("blank-alt.png", "image/png", png(2, 2), "   ", null, editor),
        400,
        "validation",
        "alt");
    assertProblem(upload(null, null, null, "Alt", null, editor), 400, "validation", "file");
  }

  @Test
  default void theBytesDecideTheTypeNotTheName() {
    String[] editor = api().bearer("editor", PASSWORD);
    Reply text =
        upload(
            "innocent.png",
            "image/png",
            "just words, not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "Alt",
            null,
            editor);
    assertProblem(text, 415, "unsupported-media-type", null);
    assertTrue(text.json().getString("detail").contains("PNG"), text.toString());
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertProblem(
        upload("logo.gif", "image/gif", svg, "Alt", null, editor),
        415,
        "unsupported-media-type",
        null);
  }

  @Test
  default void filesOverTheMediaLimitAreRefusedWith413() {
    String[] editor = api().bearer("editor", PASSWORD);
    // the tests run with saferportal.media.max-bytes=200000
    byte[] justOver = new byte[200_001];
    byte[] farOver = new byte[600_000];
    Reply over = upload("big.png", "image/png", justOver, "Alt", null, editor);
    assertProblem(over, 413, "payload-too-large", null);
    assertTrue(over.json().getString("detail").contains("195 KB"), over.toString());
    assertProblem(
        upload("huge.png", "image/png", farOver, "Alt", null, editor),
        413,
        "payload-too-large",
        null);
  }

  @Test
  default void aPdfIsADocumentAndNeedsNoAltText() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
                + "<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Reply created =
        upload("Leaflet " + unique() + ".pdf", "application/pdf", pdf, null, "Leaflet", editor);
    assertEquals(201, created.status(), created.toString());
    JsonObject media = created.json();
    assertEquals("document", media.getString("kind"));
    assertEquals("application/pdf", media.getString("mediaType"));
    assertFalse(media.containsKey("alt"));
    assertFalse(media.containsKey("width"));
    java.net.http.HttpResponse<byte[]> served = fetch(media.getString("url"));
    assertEquals(200, served.statusCode());
    assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"),
        "a PDF is downloaded, not opened on the API's origin");
    assertTrue(
        served.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));
  }

  @Test
  default void altTextChangesNeedTheVersionLastRead() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    Reply created = upload("described.png", "image/png", png(3, 3), "First words", null, editor);
    String path = "v1/admin/media/" + created.json().getString("id");
    String etag = created.header("ETag").orElseThrow();
    String second = "{\"alt\":\"Second words\",\"title\":\"Shed\"}";

    assertProblem(api().put(path, second, editor), 428, "precondition-required", null);
    Reply changed = api().put(path, second, editor[0], editor[1], "If-Match", etag);
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("Second words", changed.json().getString("alt"));
    assertEquals("Shed", changed.json().getString("title"));
    assertProblem(
        api().put(path, "{\"alt\":\"Third\"}", editor[0], editor[1], "If-Match", etag),
        412,
        "precondition-failed",
        null);
    assertProblem(
        api()
            .put(
                path,
                "{\"alt\":\"\"}",
                editor[0],
                editor[1],
                "If-Match",
                changed.header("ETag").orElseThrow()),
        400,
        "validation",
        "alt");
    assertEquals("Second words", api().get(path, editor).json().getString("alt"));
    JsonObject audited =
        api()
            .get(
                "v1/admin/audit?subjectType=media&subjectRef=" + created.json().getString("id"),
                api().bearer("admin", PASSWORD))
            .items()
            .getJsonObject(0);
    assertEquals("media.update", audited.getString("action"));
    assertEquals(
        "described.png, alt: \"First words\", title: \"\" -> described.png, alt: \"Second"
            + " words\", title: \"Shed\"",
        audited.getString("detail"));
  }

  @Test
  default void mediaUsedInContentCannotBeDeletedUntilItIsRemoved() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    JsonObject media =
        upload("in-use.png", "image/png", png(5, 5), "A marked bicycle frame", null, editor).json();
    String url = media.getString("url");
    String path = "v1/admin/media/" + media.getString("id");
    String slug = "uses-media-" + unique();
    JsonObject article =
        Json.createObjectBuilder(draft(slug, "Uses an image"))
            .add(
                "body",
                "<h2>Mark it</h2><p><img src=\""
                    + url
                    + "\" alt=\"A marked bicycle frame\">"
                    + "<img src=\"https://tracker.example/pixel.png\" alt=\"Tracker\"></p>")
            .build();
    Reply created = api().post("v1/admin/advice", article.toString(), editor);
    assertEquals(201, created.status(), created.toString());
    String body = created.json().getString("body");
    assertTrue(body.contains("<img src=\"" + url + "\" alt=\"A marked bicycle frame\""), body);
    assertFalse(body.contains("tracker.example"), body);

    assertEquals(
        slug,
        api().get(path, editor).json().getJsonArray("usedBy").getJsonObject(0).getString("slug"));
    assertProblem(api().delete(path, editor), 403, "forbidden", null);
    Reply refused = api().delete(path, publisher);
    assertProblem(refused, 409, "conflict", null);
    assertTrue(refused.json().getString("detail").contains(slug), refused.toString());
    assertEquals(200, fetch(url).statusCode());

    Reply edited =
        api()
            .put(
                "v1/admin/advice/" + slug,
                draft(slug, "Uses an image").toString(),
                editor[0],
                editor[1],
                "If-Match",
                created.header("ETag").orElseThrow());
    assertEquals(200, edited.status(), edited.toString());
    assertEquals(204, api().delete(path, publisher).status());
    assertProblem(api().get(path, editor), 404, "not-found", null);
    assertEquals(404, fetch(url).statusCode());
    String[] admin = api().bearer("admin", PASSWORD);
    assertEquals(
        "media.delete",
        api()
            .get("v1/admin/audit?subjectType=media&subjectRef=" + media.getString("id"), admin)
            .items()
            .getJsonObject(0)
            .getString("action"));
  }

  @Test
  default void mediaUsedOnlyInUnpublishedChangesOrAsACampaignHeroIsInUse() throws Exception {
    String[] editor = api().bearer("editor", PASSWORD);
    String[] publisher = api().bearer("publisher", PASSWORD);
    JsonObject media =
        upload("changes.png", "image/png", png(4, 4), "A shed with a padlock", null, editor).json();
    String url = media.getString("url");
    String path = "v1/admin/media/" + media.getString("id");
    String slug = "changes-use-media-" + unique();
    api().post("v1/admin/advice", draft(slug, "Changes use an image").toString(), editor);
    Reply published = api().post("v1/admin/advice/" + slug + "/publish", "", publisher);
    assertEquals(200, published.status(), published.toString());
    JsonObject changes =
        Json.createObjectBuilder(draft(slug, "Changes use an image"))
            .add("body", "<p><img src=\"" + url + "\" alt=\"A shed with a padlock\"></p>")
            .build();
    Reply changed =
        api()
            .put(
                "v1/admin/advice/" + slug,
                changes.toString(),
                editor[0],
                editor[1],
                "If-Match",
                published.header("ETag").orElseThrow());
    assertEquals(200, changed.status(), changed.toString());
    assertTrue(changed.json().containsKey("workingDraft"), changed.toString());
    assertEquals(List.of(slug), usedBy(api().get(path, editor)));
    assertProblem(api().delete(path, publisher), 409, "conflict", null);

    assertEquals(
        200, api().post("v1/admin/advice/" + slug + "/discard-draft", "", editor).status());
    assertEquals(List.of(), usedBy(api().get(path, editor)));

    String hero = "hero-uses-media-" + unique();
    Reply campaign =
        api()
            .post(
                "v1/admin/campaigns",
                Json.createObjectBuilder(draft(hero, "Hero uses an image"))
                    .add(
                        "campaign",
                        Json.createObjectBuilder().add("heroImage", url).add("heroAlt", "A shed"))
                    .build()
                    .toString(),
                editor);
    assertEquals(201, campaign.status(), campaign.toString());
    assertEquals(List.of(hero), usedBy(api().get(path, editor)));
    assertProblem(api().delete(path, publisher), 409, "conflict", null);
    assertEquals(204, api().delete("v1/admin/campaigns/" + hero, publisher).status());
    assertEquals(204, api().delete(path, publisher).status());
  }

  private static List<String> usedBy(Reply media) {
    assertEquals(200, media.status(), media.toString());
    return media.json().getJsonArray("usedBy").stream()
        .map(u -> u.asJsonObject().getString("slug"))
        .toList();
  }

  /** A real PNG made by the JDK. */
  private static byte[] png(int width, int height) throws java.io.IOException {
    var image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x1d70b8);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** Posts a multipart/form-data upload as a browser would; null parts are left out. */
  private Reply upload(
      String fileName,
      String declaredType,
      byte[] content,
      String alt,
      String title,
      String... headers) {
    String boundary = "----saferportal" + unique();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> write =
        text -> body.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String[] field : new String[][] {{"alt", alt}, {"title", title}}) {
      if (field[1] != null) {
        write.accept(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field[0]
                + "\"\r\n\r\n");
        write.accept(field[1] + "\r\n");
      }
    }
    if (content != null) {
      write.accept(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: "
              + declaredType
              + "\r\n\r\n");
      body.writeBytes(content);
      write.accept("\r\n");
    }
    write.accept("--" + boundary + "--\r\n");
    return api()
        .send(
            api()
                .request("v1/admin/media", headers)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A library address (relative to the site, "/api/v1/media/...") fetched without a token. */
  private java.net.http.HttpResponse<byte[]> fetch(String url, String... headers) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(api().base().resolve(url)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }
}
