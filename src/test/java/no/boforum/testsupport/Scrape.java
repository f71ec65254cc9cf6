package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /metrics} from the management port, as Prometheus reads it (text format):
 * each sample's name, labels and value.
 */
public final class Scrape {
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One line of a scrape. */
  public record Sample(String name, Map<String, String> labels, double value, String line) {
    boolean has(Map<String, String> wanted) {
      return labels.entrySet().containsAll(wanted.entrySet());
    }
  }

  private final List<Sample> samples;
  private final String text;

  private Scrape(String text) {
    this.text = text;
    List<Sample> all = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line.strip());
      if (!m.matches()) {
        // A line not understood must not pass for a sample that is missing.
        throw new AssertionError("Not a sample of the Prometheus text format: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        int end = 0;
        while (l.find()) {
          String between = m.group(2).substring(end, l.start());
          if (!between.isEmpty() && !between.equals(",")) {
            throw new AssertionError("Labels not understood: " + line);
          }
          labels.put(l.group(1), l.group(2));
          end = l.end();
        }
        String rest = m.group(2).substring(end);
        if (!rest.isEmpty() && !rest.equals(",")) {
          throw new AssertionError("Labels not understood: " + line);
        }
      }
      all.add(new Sample(m.group(1), labels, value(m.group(3), line), line));
    }
    this.samples = List.copyOf(all);
  }

  private static double value(String text, String line) {
    switch (text) {
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new AssertionError("Not a sample's value: " + line, e);
        }
    }
  }

  /** A scrape's text as read. */
  static Scrape parse(String text) {
    return new Scrape(text);
  }

  /** Reads {@code /metrics} from the management port now. */
  public static Scrape now() {
    HttpResponse<String> metrics = Http.management("metrics");
    assertEquals(200, metrics.statusCode(), metrics.body());
    return new Scrape(metrics.body());
  }

  /** The samples of a name with (at least) these labels. */
  public List<Sample> samples(String name, Map<String, String> labels) {
    return samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
  }

  /** The samples whose name starts with this. */
  public List<Sample> startingWith(String prefix) {
    return samples.stream().filter(s -> s.name().startsWith(prefix)).toList();
  }

  /**
   * The sum of a name's samples with these labels; 0 when there are none (a counter not yet used).
   */
  public double sum(String name, Map<String, String> labels) {
    return samples(name, labels).stream().mapToDouble(Sample::value).sum();
  }

  /** Writes the scrape as it came, to read after the run. */
  public void saveTo(Path file) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
