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

  /** Presses the button with this text inside the post, with Enter. */
  public DiscussionPages pressInPost(long postId, String text) {
    WebElement button =
        driver.findElement(
            By.xpath("//article[@id='post-" + postId + "']//input[@value='" + text + "']"));
    navigate(() -> button.sendKeys(Keys.ENTER));
    return this;
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
