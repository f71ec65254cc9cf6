package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The discussion pages: the new thread form ({@code thread:title}), the thread page with its reply
 * form ({@code reply:body}) and the buttons of each post, and the lists. Buttons are pressed with
 * Enter, fields typed from the keyboard.
 */
public class DiscussionPages extends Layout {
  public DiscussionPages(WebDriver driver) {
    super(driver);
  }

  private WebElement field(String id) {
    return driver.findElement(By.id(id));
  }

  public DiscussionPages type(String id, String text) {
    WebElement input = field(id);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public String value(String id) {
    return field(id).getAttribute("value");
  }

  public DiscussionPages choose(String id, String label) {
    new Select(field(id)).selectByVisibleText(label);
    return this;
  }

  /** Presses a button by its id with Enter and waits for the next page. */
  public DiscussionPages press(String id) {
    WebElement button = field(id);
    navigate(() -> button.sendKeys(Keys.ENTER));
    return this;
  }

  /** Presses the first button with this text on the page, with Enter. */
  public DiscussionPages pressButton(String text) {
    WebElement button =
        driver.findElement(By.xpath("//input[@type='submit' and @value='" + text + "']"));
    navigate(() -> button.sendKeys(Keys.ENTER));
    return this;
  }

  /** Presses the button with this text inside the post, with Enter. */
  public DiscussionPages pressInPost(long postId, String text) {
    WebElement button =
        driver.findElement(
            By.xpath("//article[@id='post-" + postId + "']//input[@value='" + text + "']"));
    navigate(() -> button.sendKeys(Keys.ENTER));
    return this;
  }

  /** Follows the link with this text inside the post, with Enter. */
  public DiscussionPages followInPost(long postId, String text) {
    WebElement link =
        driver.findElement(
            By.xpath("//article[@id='post-" + postId + "']//a[normalize-space()='" + text + "']"));
    navigate(() -> link.sendKeys(Keys.ENTER));
    return this;
  }

  /** The text area inside the post (its edit form). */
  public WebElement textareaInPost(long postId) {
    return driver.findElement(By.cssSelector("#post-" + postId + " textarea"));
  }

  /** Opens a {@code <details>} (found by CSS) by pressing Enter on its summary. */
  public DiscussionPages openDetails(String details) {
    WebElement summary = driver.findElement(By.cssSelector(details + " > summary"));
    summary.sendKeys(Keys.ENTER);
    return this;
  }

  /** Checks a radio button or checkbox with the space bar. */
  public DiscussionPages check(String id) {
    field(id).sendKeys(Keys.SPACE);
    return this;
  }

  /**
   * Presses the button with this text in the queue's item of the post, with Enter, and accepts the
   * confirmation it asks, if any.
   */
  public DiscussionPages pressInQueue(long postId, String text) {
    pressAccepting(queueButton(postId, text));
    return this;
  }

  public WebElement queueButton(long postId, String text) {
    return driver.findElement(
        By.xpath("//article[@id='queued-" + postId + "']//input[@value='" + text + "']"));
  }

  /** The error shown beside a field, or "" if none. */
  public String errorBeside(String id) {
    return driver
        .findElements(By.xpath("//*[@id='" + id + "']/following-sibling::*[@class='field-error']"))
        .stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  public String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  public boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
