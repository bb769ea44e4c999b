package uk.police.saferportal.portal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.police.saferportal.portal.support.BrowserSteps;

/** The media library: uploads with alt text, and library images in the text. */
public interface MediaBrowserTests extends BrowserSteps {

  @Test
  default void editorUploadsAnImageWithAltTextAndSeesItInTheLibrary() throws Exception {
    String unique = uniqueWord();
    java.nio.file.Path png = java.nio.file.Files.createTempFile("shed-" + unique + "-", ".png");
    var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0x1d70b8);
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    String alt = "A padlock on a shed door " + unique;

    signInAs("editor");
    click(By.id("media-link"));
    waitForUrl("/admin/media");
    wait(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    type(By.id("title"), "Shed padlock " + unique);
    click(By.id("upload-file"));
    WebElement summary = wait(By.cssSelector(".govuk-error-summary"));
    assertTrue(summary.getText().contains("Enter alt text"), summary.getText());
    assertTrue(text("#alt-error").contains("Enter alt text"), text("#alt-error"));
    assertEquals(
        "Shed padlock " + unique, browser().findElement(By.id("title")).getAttribute("value"));

    wait(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    type(By.id("alt"), alt);
    click(By.id("upload-file"));
    waitForText(".sp-notice", "File uploaded");
    WebElement thumbnail = wait(By.cssSelector("#media img[alt='" + alt + "']"));
    Object width =
        ((org.openqa.selenium.JavascriptExecutor) browser())
            .executeAsyncScript(
                "const img = arguments[0], done = arguments[arguments.length - 1];"
                    + " if (img.complete) { done(img.naturalWidth); }"
                    + " else { img.onload = () => done(img.naturalWidth);"
                    + " img.onerror = () => done(0); }",
                thumbnail);
    assertEquals(40L, ((Number) width).longValue(), "the thumbnail is served by the library");
    WebElement row = thumbnail.findElement(By.xpath("ancestor::tr"));
    String address = row.findElement(By.cssSelector(".sp-media-address")).getAttribute("value");
    assertTrue(
        address.matches("/api/v1/media/[0-9a-f]{32}/shed-" + unique + "-\\d+\\.png"), address);
    assertTrue(row.getText().contains("PNG image, 40 x 30"), row.getText());
    String id = address.split("/")[4];

    click(By.cssSelector("#media-" + id + " a[href*='edit=']"));
    type(By.id("edit-alt"), "A closed-shackle padlock on a shed door " + unique);
    click(By.id("save-details"));
    waitForText(".sp-notice", "Alt text saved");
    wait(
        By.cssSelector("#media img[alt='A closed-shackle padlock on a shed door " + unique + "']"));
    assertTrue(
        browser().findElements(By.cssSelector("#media-" + id + " input[value='Delete']")).isEmpty(),
        "an editor must not see Delete");

    signOutAndSignInAs("publisher");
    open("/admin/media?q=" + unique);
    click(By.cssSelector("#media-" + id + " input[value='Delete']"));
    browser().switchTo().alert().accept();
    waitForText(".sp-notice", "File deleted");
    assertTrue(browser().findElements(By.id("media-" + id)).isEmpty());
    java.nio.file.Files.deleteIfExists(png);
  }

  @Test
  default void anEditorPutsALibraryImageWithItsAltTextIntoTheText() throws Exception {
    String unique = uniqueWord();
    java.nio.file.Path png = java.nio.file.Files.createTempFile("bike-" + unique + "-", ".png");
    var image = new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", png.toFile());
    String alt = "A marked bike frame " + unique;
    signInAs("editor");
    open("/admin/media");
    wait(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    type(By.id("alt"), alt);
    click(By.id("upload-file"));
    waitForText(".sp-notice", "File uploaded");

    open("/admin/advice");
    type(By.id("title"), "Marked bikes " + unique);
    type(By.id("summary"), "Marked bikes come home.");
    WebElement body = wait(By.cssSelector("#body .ql-editor"));
    body.click();
    body.sendKeys("Mark the frame. ");
    new org.openqa.selenium.support.ui.Select(browser().findElement(By.id("insert-image")))
        .selectByVisibleText(
            browser().findElements(By.cssSelector("#insert-image option")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(alt))
                .findFirst()
                .orElseThrow());
    click(By.id("insert-image-button"));
    wait(By.cssSelector("#body .ql-editor img[alt='" + alt + "']"));
    click(By.id("save"));
    waitForText(".sp-notice", "Article saved");
    click(By.id("preview"));
    waitForUrl("/admin/preview?token=");
    WebElement shown = wait(By.cssSelector("#article-body img"));
    assertEquals(alt, shown.getAttribute("alt"));
    assertTrue(shown.getAttribute("src").matches(".*/api/v1/media/[0-9a-f]{32}/bike-.*\\.png"));
  }
}
