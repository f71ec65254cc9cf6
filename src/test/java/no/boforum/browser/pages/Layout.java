package no.boforum.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page has: skip link, navigation, language switch. */
public abstract class Layout {
  protected final WebDriver driver;

  protected Layout(WebDriver driver) {
    this.driver = driver;
  }

  public String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String homeLinkText() {
    return driver.findElement(By.cssSelector(".site-nav a")).getText();
  }

  /**
   * Switches the language with the keyboard alone: Tab to the link, then Enter; waits until the
   * page has come back in that language ({@code code}).
   */
  public void switchLanguageByKeyboard(String label, String code) {
    WebElement link =
        driver.findElement(
            By.xpath("//nav[contains(@class,'language-switch')]//a[.='" + label + "']"));
    for (int i = 0; i < 30 && !link.equals(driver.switchTo().activeElement()); i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    if (!link.equals(driver.switchTo().activeElement())) {
      throw new AssertionError("The language link '" + label + "' cannot be reached with Tab");
    }
    String href = link.getAttribute("href");
    link.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .withMessage(
            () ->
                "after Enter on "
                    + href
                    + ": at "
                    + driver.getCurrentUrl()
                    + " with cookies "
                    + driver.manage().getCookies())
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
  }

  /**
   * Presses a button with Enter, accepts the confirmation it asks (its {@code data-confirm}), if it
   * asks one, and waits for the next page.
   */
  protected void pressAccepting(WebElement button) {
    navigate(
        () -> {
          button.sendKeys(Keys.ENTER);
          try {
            new WebDriverWait(driver, Duration.ofSeconds(2))
                .until(d -> d.switchTo().alert())
                .accept();
          } catch (org.openqa.selenium.TimeoutException | NoAlertPresentException e) {
            // This button asks no confirmation.
          }
        });
  }

  /** Does something that loads a new page, and waits until the new page has replaced this one. */
  protected void navigate(Runnable action) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    try {
      action.run();
    } catch (WebDriverException e) {
      // Chromedriver may report the end of a key press that already loaded the next page.
      if (!isGone(e)) {
        throw e;
      }
    }
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> replaced(oldPage));
  }

  /** True once {@code element}'s page has been replaced by another. */
  private static boolean replaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (isGone(e)) {
        return true;
      }
      throw e;
    }
  }

  /** Chromedriver's other way of saying that an element's page is gone. */
  private static boolean isGone(WebDriverException e) {
    return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
  }

  /** The first element that Tab reaches on a freshly loaded page. */
  public WebElement firstTabStop() {
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    return driver.switchTo().activeElement();
  }
}
