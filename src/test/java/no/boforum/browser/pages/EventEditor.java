package no.boforum.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The event editor ({@code /events/new}, {@code /events/<slug>/edit}) and the hosts' buttons on the
 * event page. Fields are named by the ids the page gives them: {@code title}, {@code
 * groups:0:name}, {@code items:0:title}.
 */
public class EventEditor extends Layout {
  public EventEditor(WebDriver driver) {
    super(driver);
  }

  private WebElement field(String id) {
    return driver.findElement(By.id("edit:" + id));
  }

  /** Types into a text field from the keyboard, replacing what it held. */
  public EventEditor type(String id, String text) {
    WebElement input = field(id);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /**
   * Sets a date-time or time field. Chromium's pickers take their digits in the order of the
   * browser's locale, so the value is set as the page would receive it, and a change announced.
   */
  public EventEditor set(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field(id),
            value);
    return this;
  }

  public String value(String id) {
    return field(id).getAttribute("value");
  }

  public EventEditor chooseValue(String id, String value) {
    new Select(field(id)).selectByValue(value);
    return this;
  }

  public EventEditor chooseText(String id, String text) {
    new Select(field(id)).selectByVisibleText(text);
    return this;
  }

  /** Ticks a checkbox by its label, inside the fieldset whose legend starts with {@code group}. */
  public EventEditor tick(String group, String label) {
    WebElement box =
        driver.findElement(
            By.xpath(
                "//fieldset[legend[starts-with(normalize-space(.), '"
                    + group
                    + "')]]//label[normalize-space(.)='"
                    + label
                    + "']"));
    WebElement input = driver.findElement(By.id(box.getAttribute("for")));
    if (!input.isSelected()) {
      input.sendKeys(Keys.SPACE);
    }
    return this;
  }

  public boolean ticked(String group, String label) {
    WebElement box =
        driver.findElement(
            By.xpath(
                "//fieldset[legend[starts-with(normalize-space(.), '"
                    + group
                    + "')]]//label[normalize-space(.)='"
                    + label
                    + "']"));
    return driver.findElement(By.id(box.getAttribute("for"))).isSelected();
  }

  /** Presses a button of the form (add a row, remove one, save) with Enter. */
  public EventEditor press(String id) {
    WebElement button = field(id);
    navigate(() -> button.sendKeys(Keys.ENTER));
    return this;
  }

  public void save() {
    press("save");
  }

  /** The error shown beside a field, or "" if none. */
  public String errorBeside(String id) {
    return driver
        .findElements(
            By.xpath("//*[@id='edit:" + id + "']/following-sibling::*[@class='field-error']"))
        .stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Presses a host's button on the event page and accepts its confirmation. */
  public void move(String buttonText) {
    WebElement button =
        driver.findElement(By.xpath("//form[@id='manage']//input[@value='" + buttonText + "']"));
    navigate(
        () -> {
          button.sendKeys(Keys.ENTER);
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(ExpectedConditions.alertIsPresent())
              .accept();
        });
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
