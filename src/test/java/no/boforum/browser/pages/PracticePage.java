package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One practice: its facts, evidence badge and description. */
public class PracticePage extends Layout {
  public PracticePage(WebDriver driver) {
    super(driver);
  }

  public String title() {
    return heading();
  }

  public String evidenceBadge() {
    return driver.findElement(By.cssSelector(".facts .badge")).getText();
  }
}
