package no.boforum.platform.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.boforum.platform.text.InputText;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;

/**
 * Every JSON body the API reads passes here before it is bound: larger than {@link #MAX_BYTES} it
 * is refused (413), and every string in it, at any depth, is cleaned by the input rule ({@link
 * InputText}), so that no resource has to remember either. Done on the parsed tree rather than the
 * binder's strings, so that it holds whichever JSON binding Jersey uses.
 */
@Provider
public class JsonInput implements ReaderInterceptor {
  /** The largest body: a practice's three long texts (100 000 characters each) fit well. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** What is read and thrown away of a larger body before the answer: beyond it, none is read. */
  private static final long MAX_DRAINED = 16L * MAX_BYTES;

  @Inject Language language;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    InputStream in = context.getInputStream();
    byte[] body = in.readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      drain(in);
      String text =
          Messages.format(language.getLocale(), "api.bodyTooLarge", MAX_BYTES / (1024 * 1024));
      throw new WebApplicationException(ApiExceptionMapper.json(413, new ApiError(413, text)));
    }
    if (!new String(body, StandardCharsets.UTF_8).isBlank()) {
      try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
        body = clean(reader.readValue()).toString().getBytes(StandardCharsets.UTF_8);
      } catch (JsonException e) {
        throw e;
      } catch (RuntimeException e) {
        // Parsson refuses nesting deeper than 1 000 with a bare RuntimeException: the body is
        // unreadable JSON like any other, a 400 through the API's mapper, not a server error.
        throw new JsonException("The body is not JSON the API can read", e);
      }
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /**
   * Reads what is left of a refused body, up to {@link #MAX_DRAINED}, so that a client still
   * sending it gets to read the answer instead of waiting to write.
   */
  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long drained = 0;
    for (int n; drained < MAX_DRAINED && (n = in.read(buffer)) >= 0; ) {
      drained += n;
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json"));
  }

  static JsonValue clean(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> Json.createValue(InputText.clean(((JsonString) value).getString()));
      case ARRAY -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonValue item : (JsonArray) value) {
          array.add(clean(item));
        }
        yield array.build();
      }
      case OBJECT -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        ((JsonObject) value).forEach((key, item) -> object.add(InputText.clean(key), clean(item)));
        yield object.build();
      }
      default -> value;
    };
  }
}
