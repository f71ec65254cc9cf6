package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An organisation's page, and the "my organisations" page of its admins. */
public class OrganisationPage extends Layout {
  public OrganisationPage(WebDriver driver) {
    super(driver);
  }

  public void askToJoin() {
    WebElement button = driver.findElement(By.id("join:ask"));
    navigate(() -> button.sendKeys(Keys.ENTER));
  }

  public String membershipText() {
    return driver.findElement(By.cssSelector(".membership")).getText();
  }

  public String messages() {
    return driver.findElements(By.cssSelector(".form-messages")).stream()
        .map(WebElement::getText)
        .reduce("", String::concat);
  }

  /** On /my/organisations: approves the request from {@code name} with a role, by keyboard. */
  public void approve(String name, String roleLabel) {
    WebElement request =
        driver.findElement(
            By.xpath("//li[contains(@class,'request')][.//span[contains(.,'" + name + "')]]"));
    WebElement select = request.findElement(By.tagName("select"));
    new Select(select).selectByVisibleText(roleLabel);
    WebElement approve = request.findElement(By.cssSelector("input[id$=':approve']"));
    navigate(() -> approve.sendKeys(Keys.ENTER));
  }

  public String memberList() {
    return driver.findElement(By.cssSelector(".managed")).getText();
  }
}
