package no.boforum.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The practice editor ({@code /my/new-practice}, {@code /practices/<slug>/edit}) and the buttons
 * and forms on the practice page: workflow moves and the adoption report.
 */
public class PracticeEditor extends Layout {
  public PracticeEditor(WebDriver driver) {
    super(driver);
  }

  public PracticeEditor type(String field, String text) {
    WebElement input = driver.findElement(By.id("edit:" + field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public String value(String field) {
    return driver.findElement(By.id("edit:" + field)).getAttribute("value");
  }

  public PracticeEditor choose(String field, String visibleText) {
    new Select(driver.findElement(By.id("edit:" + field))).selectByVisibleText(visibleText);
    return this;
  }

  public PracticeEditor chooseValue(String form, String field, String value) {
    new Select(driver.findElement(By.id(form + ":" + field))).selectByValue(value);
    return this;
  }

  /** Ticks a checkbox or radio button by the text of its label, from the keyboard. */
  public PracticeEditor tick(String labelText) {
    WebElement label =
        driver.findElement(
            By.xpath("//label[starts-with(normalize-space(.), '" + labelText + "')]"));
    driver.findElement(By.id(label.getAttribute("for"))).sendKeys(Keys.SPACE);
    return this;
  }

  public void save() {
    WebElement button = driver.findElement(By.id("edit:save"));
    navigate(() -> button.sendKeys(Keys.ENTER));
  }

  /** Presses the workflow button with this text; accepts the confirmation if one is asked. */
  public void move(String buttonText) {
    WebElement button =
        driver.findElement(By.xpath("//form[@id='workflow']//input[@value='" + buttonText + "']"));
    navigate(
        () -> {
          button.sendKeys(Keys.ENTER);
          try {
            new WebDriverWait(driver, Duration.ofSeconds(2))
                .until(ExpectedConditions.alertIsPresent())
                .accept();
          } catch (org.openqa.selenium.TimeoutException noConfirmation) {
            // this move asks no confirmation
          }
        });
  }

  /** Reports an adoption from the form on the practice page. */
  public void reportAdoption(String organisation, String municipality, String status) {
    new Select(driver.findElement(By.id("adoption:organisation")))
        .selectByVisibleText(organisation);
    new Select(driver.findElement(By.id("adoption:municipality"))).selectByValue(municipality);
    new Select(driver.findElement(By.id("adoption:status"))).selectByValue(status);
    WebElement button = driver.findElement(By.id("adoption:report"));
    navigate(() -> button.sendKeys(Keys.ENTER));
  }

  /** Uploads a file from the practice page's attachment form. */
  public void upload(java.nio.file.Path file, String title) {
    WebElement name = driver.findElement(By.id("upload:title"));
    name.clear();
    name.sendKeys(title);
    driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    WebElement button = driver.findElement(By.id("upload:send"));
    navigate(() -> button.sendKeys(Keys.ENTER));
  }

  /** Picks a file the browser itself refuses to send; returns the message it shows. */
  public String uploadRefusedBeforeSending(java.nio.file.Path file) {
    driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("upload:send")).sendKeys(Keys.ENTER);
    WebElement message = driver.findElement(By.id("upload-file-too-large"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> message.isDisplayed());
    return message.getText();
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }
}
