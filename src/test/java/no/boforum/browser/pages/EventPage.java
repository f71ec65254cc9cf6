package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An event page and the registrant's and hosts' pages around it, used from the keyboard. */
public class EventPage extends Layout {
  public EventPage(WebDriver driver) {
    super(driver);
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** Ticks the radio button or checkbox with this label (Space, as a keyboard user would). */
  public EventPage choose(String label) {
    WebElement l = driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
    WebElement input = driver.findElement(By.id(l.getAttribute("for")));
    if (!input.isSelected()) {
      input.sendKeys(Keys.SPACE);
    }
    return this;
  }

  public EventPage type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public EventPage select(String id, String visibleText) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    return this;
  }

  /** Presses a button with Enter and accepts the confirmation it asks, if it asks one. */
  public void press(String id) {
    pressAccepting(driver.findElement(By.id(id)));
  }

  /** Presses the first button whose value is {@code text}, as {@link #press} does. */
  public void pressText(String text) {
    press(
        driver
            .findElement(By.xpath("//input[@type='submit' and @value='" + text + "']"))
            .getAttribute("id"));
  }

  /** A link by its text, followed with Enter. */
  public void follow(String text) {
    WebElement link = driver.findElement(By.linkText(text));
    navigate(() -> link.sendKeys(Keys.ENTER));
  }
}
