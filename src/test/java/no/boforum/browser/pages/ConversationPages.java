package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Get in touch" and a conversation's page: their forms, its lines and contact details. */
public class ConversationPages extends Layout {
  public ConversationPages(WebDriver driver) {
    super(driver);
  }

  /** Follows a link by its id with Enter. */
  public void follow(String linkId) {
    WebElement link = driver.findElement(By.id(linkId));
    navigate(() -> link.sendKeys(Keys.ENTER));
  }

  /** Types into a field of a form ({@code contact:text}, {@code answer:text}). */
  public ConversationPages type(String form, String id, String text) {
    WebElement input = driver.findElement(By.id(form + ":" + id));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public String value(String form, String id) {
    return driver.findElement(By.id(form + ":" + id)).getAttribute("value");
  }

  /** Presses a form's button with Enter, accepting its confirmation if it asks one. */
  public void press(String form, String button) {
    pressAccepting(driver.findElement(By.id(form + ":" + button)));
  }

  public String confirmationOf(String form, String button) {
    String text = driver.findElement(By.id(form + ":" + button)).getAttribute("data-confirm");
    return text == null ? "" : text;
  }

  /** The error shown beside a field, or "" if none. */
  public String errorBeside(String form, String id) {
    return driver
        .findElements(
            By.xpath(
                "//*[@id='" + form + ":" + id + "']/following-sibling::*[@class='field-error']"))
        .stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The lines of the conversation, as read. */
  public String lines() {
    return driver.findElement(By.cssSelector(".conversation-lines")).getText();
  }

  public String contactDetails() {
    return driver.findElement(By.id("contact-details")).getText();
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
