package no.boforum.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page: results with highlighted words, facets as check boxes, chips, suggestions.
 * Changes of filters update the results in place (no page load): {@link #update} waits for that.
 */
public class SearchPage extends Layout {
  public SearchPage(WebDriver driver) {
    super(driver);
  }

  public List<String> hitTitles() {
    return texts(".hit h3 a");
  }

  public List<String> highlightedWords() {
    return texts(".hit mark");
  }

  public String resultCount() {
    return driver.findElement(By.id("results-heading")).getText();
  }

  /** What the live region last said to screen readers. */
  public String announced() {
    return driver.findElement(By.id("search-status")).getAttribute("textContent").strip();
  }

  public List<String> chips() {
    return texts(".chip__label");
  }

  /** Ticks or unticks the facet value whose label starts with {@code label}, by keyboard. */
  public SearchPage toggle(String label) {
    WebElement box = checkbox(label);
    update(() -> box.sendKeys(Keys.SPACE));
    return this;
  }

  public boolean isChecked(String label) {
    return checkbox(label).isSelected();
  }

  /** The element that has the keyboard focus: its id. */
  public String focusedId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  public SearchPage removeChip(String text) {
    WebElement chip =
        driver.findElement(
            By.xpath("//a[@class='chip'][contains(normalize-space(.), '" + text + "')]"));
    update(() -> chip.sendKeys(Keys.ENTER));
    return this;
  }

  public SearchPage back() {
    update(() -> driver.navigate().back());
    return this;
  }

  /** Types into the search box and waits for the list of suggestions. */
  public List<String> typeAndWaitForSuggestions(String text) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(text);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                "true".equals(box.getAttribute("aria-expanded"))
                    && !texts("#q-suggestions [role=option]").isEmpty());
    return texts("#q-suggestions [role=option]");
  }

  /** Moves down the suggestions with the arrow key until {@code text}, then presses Enter. */
  public SearchPage chooseSuggestion(String text) {
    WebElement box = driver.findElement(By.id("q"));
    List<String> options = texts("#q-suggestions [role=option]");
    int index = -1;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).startsWith(text)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      throw new AssertionError("no suggestion '" + text + "' in " + options);
    }
    for (int i = 0; i <= index; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
    }
    update(() -> box.sendKeys(Keys.ENTER));
    return this;
  }

  /** The notice that the hits are those of a corrected text, in one line; empty when none. */
  public String correction() {
    return driver.findElements(By.id("search-correction")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").strip())
        .findFirst()
        .orElse("");
  }

  /** The corrected text the notice names (its emphasis). */
  public String correctedTo() {
    return driver.findElement(By.cssSelector("#search-correction strong")).getText();
  }

  /** Follows the notice's link to the search for exactly what was typed, by keyboard. */
  public SearchPage searchExactlyAsTyped() {
    WebElement link = driver.findElement(By.cssSelector("#search-correction a"));
    update(() -> link.sendKeys(Keys.ENTER));
    return this;
  }

  /** The text of "did you mean" links on the page. */
  public List<String> didYouMean() {
    return texts(".did-you-mean a, .empty a[data-search-link]");
  }

  /** Chooses an order by its label, by keyboard. */
  public SearchPage sortBy(String label) {
    WebElement select = driver.findElement(By.id("sort"));
    update(() -> new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(label));
    return this;
  }

  /** Types a new text into the search box and presses Enter; the results change in place. */
  public SearchPage searchInPlace(String words) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(words);
    update(() -> box.sendKeys(Keys.ENTER));
    return this;
  }

  public PracticePage open(String title) {
    WebElement link = driver.findElement(By.linkText(title));
    navigate(link::click);
    return new PracticePage(driver);
  }

  /** Runs an action that changes the results in place, and waits until they are replaced. */
  private void update(Runnable action) {
    WebElement before = driver.findElement(By.id("results-heading"));
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector("#search-live[aria-busy]")).isEmpty());
  }

  private WebElement checkbox(String label) {
    WebElement text =
        driver.findElement(
            By.xpath(
                "//fieldset[@class='facet']//label[starts-with(normalize-space(.), '"
                    + label
                    + "')]"));
    return driver.findElement(By.id(text.getAttribute("for")));
  }

  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
