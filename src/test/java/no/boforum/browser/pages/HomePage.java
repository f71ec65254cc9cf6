package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The home page: a search box and the newest practices. */
public class HomePage extends Layout {
  public HomePage(WebDriver driver) {
    super(driver);
  }

  public SearchPage searchFor(String words) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(words);
    navigate(box::submit);
    return new SearchPage(driver);
  }
}
