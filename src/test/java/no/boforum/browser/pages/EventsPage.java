package no.boforum.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The calendar {@code /events}: its tabs, its GET filter form, the list and the month view. */
public class EventsPage extends Layout {
  public EventsPage(WebDriver driver) {
    super(driver);
  }

  /** Chooses a filter's option by its value and sends the form with Enter on its button. */
  public EventsPage filter(String name, String value) {
    new Select(driver.findElement(By.id("f-" + name))).selectByValue(value);
    WebElement apply = driver.findElement(By.cssSelector("form.facets-form button[type=submit]"));
    navigate(apply::submit);
    return this;
  }

  /** The titles of the events listed (or in the month's calendar), in order. */
  public List<String> titles() {
    return driver
        .findElements(By.cssSelector("main .event-item__title a, main .calendar a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The text of the listed event with this title. */
  public String item(String title) {
    return driver
        .findElement(
            By.xpath(
                "//li[contains(@class,'event-item')][.//a[normalize-space(.)='" + title + "']]"))
        .getText();
  }

  /** The tab marked as the one shown. */
  public String currentTab() {
    return driver.findElement(By.cssSelector("nav.sub-nav a[aria-current='page']")).getText();
  }

  /** Follows a link of the page by its text. */
  public EventsPage follow(String linkText) {
    WebElement link = driver.findElement(By.partialLinkText(linkText));
    navigate(link::click);
    return this;
  }

  /** The titles in the calendar's cell of the day of the month. */
  public String day(int dayOfMonth) {
    return driver
        .findElement(
            By.xpath(
                "//table[@class='calendar']//td[span[@class='calendar__date' and .='"
                    + dayOfMonth
                    + "']]"))
        .getText();
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
