package no.boforum.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The account pages (register, login) and the account menu, used by keyboard: fields are typed into
 * and forms sent with Enter, as someone without a mouse would.
 */
public class AccountPages extends Layout {
  public AccountPages(WebDriver driver) {
    super(driver);
  }

  public void register(String name, String email, String password) {
    type("register:displayName", name);
    type("register:email", email);
    type("register:password", password);
    submitWithEnter("register:submit");
  }

  public void logIn(String email, String password) {
    type("login:email", email);
    type("login:password", password);
    submitWithEnter("login:submit");
  }

  /** On the page a verification link opens: the password chosen at registration, then Enter. */
  public void confirmEmail(String password) {
    type("verify:password", password);
    submitWithEnter("verify:submit");
  }

  /** The text of the page's status notice (after registering, verifying ...). */
  public String status() {
    return driver.findElement(By.cssSelector("[role=status]")).getText();
  }

  public boolean isLoggedIn() {
    return !driver.findElements(By.cssSelector(".account-nav .link-button")).isEmpty();
  }

  public void logOut() {
    WebElement button = driver.findElement(By.cssSelector(".account-nav .link-button"));
    navigate(() -> button.sendKeys(Keys.ENTER));
  }

  private void type(String id, String text) {
    WebElement field = input(id);
    field.clear();
    field.sendKeys(text);
  }

  private WebElement input(String id) {
    WebElement element = driver.findElement(By.id(id));
    // PrimeFaces' password wraps its input; the id is then on the wrapper or on the input itself.
    return element.getTagName().equals("input")
        ? element
        : element.findElement(By.tagName("input"));
  }

  /** Sends a form with its button (by keyboard) and waits for the answer. */
  public void save(String buttonId) {
    submitWithEnter(buttonId);
  }

  protected void submitWithEnter(String buttonId) {
    WebElement button = driver.findElement(By.id(buttonId));
    navigate(() -> button.sendKeys(Keys.ENTER));
  }
}
