package no.boforum.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of needs and offers: the board ({@code /matching}), the form for a need or an offer
 * (fields by the ids the page gives them: {@code title}, {@code body}, {@code county}) and a
 * posting's page with its owner's buttons (moves in the form {@code state}; "still current" and
 * "record as adoption" in the forms {@code confirmation} and {@code adoption}).
 */
public class MatchingPages extends Layout {
  public MatchingPages(WebDriver driver) {
    super(driver);
  }

  private WebElement field(String id) {
    return driver.findElement(By.id("posting:" + id));
  }

  /** Reaches a link with Tab alone and follows it with Enter. */
  public void followByKeyboard(String linkId) {
    WebElement link = driver.findElement(By.id(linkId));
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    for (int i = 0; i < 60 && !link.equals(driver.switchTo().activeElement()); i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    if (!link.equals(driver.switchTo().activeElement())) {
      throw new AssertionError("The link " + linkId + " cannot be reached with Tab");
    }
    navigate(() -> link.sendKeys(Keys.ENTER));
  }

  /** Types into a text field from the keyboard, replacing what it held. */
  public MatchingPages type(String id, String text) {
    WebElement input = field(id);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public String value(String id) {
    return field(id).getAttribute("value");
  }

  /** Chooses an option of a list by its text, from the keyboard (the list has the focus). */
  public MatchingPages choose(String id, String text) {
    new Select(field(id)).selectByVisibleText(text);
    return this;
  }

  /** Ticks a checkbox by its label with Space, in the fieldset whose legend is {@code group}. */
  public MatchingPages tick(String group, String label) {
    WebElement input = box(group, label);
    if (!input.isSelected()) {
      input.sendKeys(Keys.SPACE);
    }
    return this;
  }

  public boolean ticked(String group, String label) {
    return box(group, label).isSelected();
  }

  private WebElement box(String group, String label) {
    WebElement l =
        driver.findElement(
            By.xpath(
                "//fieldset[legend[normalize-space(.)='"
                    + group
                    + "']]//label[normalize-space(.)='"
                    + label
                    + "']"));
    return driver.findElement(By.id(l.getAttribute("for")));
  }

  /** Presses the form's save button with Enter. */
  public void save() {
    WebElement button = field("save");
    navigate(() -> button.sendKeys(Keys.ENTER));
  }

  /** The error shown beside a field, or "" if none. */
  public String errorBeside(String id) {
    return driver
        .findElements(
            By.xpath("//*[@id='posting:" + id + "']/following-sibling::*[@class='field-error']"))
        .stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The titles listed on the board, in order. */
  public List<String> listed() {
    return driver.findElements(By.cssSelector(".posting-list h3")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The state shown on a posting's page. */
  public String state() {
    return driver.findElement(By.id("posting-state")).getText();
  }

  /** Presses an owner's button on a posting's page, accepting its confirmation if it asks one. */
  public void press(String buttonText) {
    pressAccepting(
        driver.findElement(By.xpath("//form[@id='state']//input[@value='" + buttonText + "']")));
  }

  /** The confirmation a button asks before it acts, or "" if none. */
  public String confirmationOf(String buttonText) {
    String text =
        driver
            .findElement(By.xpath("//form[@id='state']//input[@value='" + buttonText + "']"))
            .getAttribute("data-confirm");
    return text == null ? "" : text;
  }

  /** Presses a button by its text in another form of a posting's page, accepting a confirmation. */
  public void pressIn(String form, String buttonText) {
    WebElement button =
        driver.findElement(
            By.xpath("//form[@id='" + form + "']//input[@value='" + buttonText + "']"));
    pressAccepting(button);
  }

  /** Chooses an option by its text in a list of another form of a posting's page. */
  public MatchingPages chooseIn(String form, String id, String text) {
    new Select(driver.findElement(By.id(form + ":" + id))).selectByVisibleText(text);
    return this;
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
