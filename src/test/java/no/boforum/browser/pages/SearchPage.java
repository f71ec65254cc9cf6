package no.boforum.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The search page: results with highlighted words, facets, pages. */
public class SearchPage extends Layout {
  public SearchPage(WebDriver driver) {
    super(driver);
  }

  public List<String> hitTitles() {
    return driver.findElements(By.cssSelector(".hit h3 a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> highlightedWords() {
    return driver.findElements(By.cssSelector(".hit mark")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String resultCount() {
    return driver.findElement(By.id("results-heading")).getText();
  }

  public PracticePage open(String title) {
    WebElement link = driver.findElement(By.linkText(title));
    navigate(link::click);
    return new PracticePage(driver);
  }
}
