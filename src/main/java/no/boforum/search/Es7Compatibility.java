package no.boforum.search;

import org.apache.http.Header;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;

/**
 * Lets the Elasticsearch 8 Java client talk to a 7.x server (the embedded node): 7.x neither sends
 * the product header the client checks nor understands the versioned media types the client sends.
 * Applied only when the server reports major version 7.
 */
final class Es7Compatibility {
  static final String PRODUCT_HEADER = "X-Elastic-Product";

  private Es7Compatibility() {}

  static HttpResponseInterceptor productHeader() {
    return (response, context) -> {
      if (!response.containsHeader(PRODUCT_HEADER)) {
        response.addHeader(PRODUCT_HEADER, "Elasticsearch");
      }
    };
  }

  static HttpRequestInterceptor plainMediaTypes() {
    return (request, context) -> {
      for (String name : new String[] {"Content-Type", "Accept"}) {
        Header header = request.getFirstHeader(name);
        if (header != null && header.getValue().contains("vnd.elasticsearch")) {
          request.setHeader(name, plain(header.getValue()));
        }
      }
    };
  }

  static String plain(String versionedMediaType) {
    return versionedMediaType.contains("ndjson") ? "application/x-ndjson" : "application/json";
  }
}
