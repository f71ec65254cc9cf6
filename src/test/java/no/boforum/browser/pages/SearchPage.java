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

  /** Follows the facet link whose text starts with {@code label}, and returns the narrowed page. */
  public SearchPage narrowBy(String label) {
    WebElement facet =
        driver.findElement(
            By.xpath(
                "//ul[@class='facet-list']//a[starts-with(normalize-space(.), '" + label + "')]"));
    navigate(facet::click);
    return new SearchPage(driver);
  }

  public boolean isNarrowedBy(String label) {
    return !driver
        .findElements(
            By.xpath(
                "//ul[@class='facet-list']//a[@aria-current='true' and starts-with(normalize-space(.), '"
                    + label
                    + "')]"))
        .isEmpty();
  }

  public PracticePage open(String title) {
    WebElement link = driver.findElement(By.linkText(title));
    navigate(link::click);
    return new PracticePage(driver);
  }
}
