package no.boforum.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The bell in the account menu, the list of notifications, their settings, and unsubscribing. */
public class NotificationPages extends Layout {
  public NotificationPages(WebDriver driver) {
    super(driver);
  }

  /** The bell's link in the account menu; none if the caller is not logged in. */
  public List<WebElement> bell() {
    return driver.findElements(By.cssSelector(".account-nav a[href$='/my/notifications']"));
  }

  /** What a screen reader reads for the bell: its whole text, the hidden part too. */
  public String bellText() {
    return bell().get(0).getAttribute("textContent").replaceAll("\\s+", " ").strip();
  }

  /** Follows the bell with the keyboard. */
  public void openBellByKeyboard() {
    WebElement link = bell().get(0);
    navigate(() -> link.sendKeys(Keys.ENTER));
  }

  public List<WebElement> unread() {
    return driver.findElements(By.cssSelector(".notification--unread"));
  }

  /** Each notification's button, which opens it and marks it read. */
  public List<WebElement> items() {
    return driver.findElements(By.cssSelector(".notification form .notification__open"));
  }

  /** The id of the notification an item's form opens. */
  public String idOf(WebElement item) {
    return item.findElement(By.xpath("../input[@name='notification']")).getAttribute("value");
  }

  /** What each item's button reads, as a screen reader would. */
  public String itemText(WebElement item) {
    return item.getAttribute("value");
  }

  public void markAllRead() {
    pressAccepting(driver.findElement(By.id("readAll:markAll")));
  }

  /** Opens a notification from the list by the keyboard: Enter on its button posts its form. */
  public void open(WebElement item) {
    navigate(() -> item.sendKeys(Keys.ENTER));
  }

  /** Chooses a delivery for a kind on the settings page, by keyboard (Space on the radio). */
  public void choose(String kind, String delivery) {
    WebElement radio =
        driver.findElement(
            By.xpath(
                "//fieldset[.//legend[normalize-space()='"
                    + kind
                    + "']]//input[@type='radio' and @value='"
                    + delivery
                    + "']"));
    radio.sendKeys(Keys.SPACE);
  }

  public boolean chosen(String kind, String delivery) {
    return driver
        .findElement(
            By.xpath(
                "//fieldset[.//legend[normalize-space()='"
                    + kind
                    + "']]//input[@type='radio' and @value='"
                    + delivery
                    + "']"))
        .isSelected();
  }

  public void chooseHour(String label) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("settings:digestHour")))
        .selectByVisibleText(label);
  }

  public void save() {
    pressAccepting(driver.findElement(By.id("settings:save")));
  }

  public void stopMail() {
    pressAccepting(driver.findElement(By.id("unsubscribe:stop")));
  }

  public String status() {
    return driver.findElement(By.cssSelector("main [role=status]")).getText();
  }
}
