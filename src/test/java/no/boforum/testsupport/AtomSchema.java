package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The RELAX NG schema of RFC 4287 (Appendix B), checked with Jing: a feed that passes is valid Atom
 * as far as RELAX NG can tell (its two Schematron rules are the tests' to check).
 */
public final class AtomSchema {
  static final String SCHEMA = "/no/boforum/opendata/feed/atom.rnc";

  private AtomSchema() {}

  /** Fails with every error Jing reports. */
  public static void assertValid(String where, String xml) {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    try {
      String schema = Objects.requireNonNull(AtomSchema.class.getResource(SCHEMA)).toString();
      assertTrue(driver.loadSchema(new InputSource(schema)), () -> "the schema: " + errors);
      boolean valid = driver.validate(new InputSource(new StringReader(xml)));
      assertTrue(
          valid && errors.isEmpty(), () -> where + " is not valid Atom: " + errors + "\n" + xml);
    } catch (java.io.IOException | org.xml.sax.SAXException e) {
      throw new AssertionError(where + " could not be read", e);
    }
  }
}
