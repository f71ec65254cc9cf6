package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.http.HttpResponse;
import org.apache.http.HttpVersion;
import org.apache.http.message.BasicHttpEntityEnclosingRequest;
import org.apache.http.message.BasicHttpResponse;
import org.apache.http.protocol.BasicHttpContext;
import org.junit.jupiter.api.Test;

class Es7CompatibilityTest {
  @Test
  void rewritesVersionedMediaTypesToPlainOnes() throws Exception {
    var bulk = new BasicHttpEntityEnclosingRequest("POST", "/_bulk");
    bulk.setHeader("Content-Type", "application/vnd.elasticsearch+x-ndjson; compatible-with=8");
    bulk.setHeader("Accept", "application/vnd.elasticsearch+json; compatible-with=8");
    Es7Compatibility.plainMediaTypes().process(bulk, new BasicHttpContext());
    assertEquals("application/x-ndjson", bulk.getFirstHeader("Content-Type").getValue());
    assertEquals("application/json", bulk.getFirstHeader("Accept").getValue());
  }

  @Test
  void leavesPlainMediaTypesAlone() throws Exception {
    var search = new BasicHttpEntityEnclosingRequest("POST", "/practices/_search");
    search.setHeader("Content-Type", "text/plain");
    Es7Compatibility.plainMediaTypes().process(search, new BasicHttpContext());
    assertEquals("text/plain", search.getFirstHeader("Content-Type").getValue());
  }

  @Test
  void addsTheProductHeaderOnce() throws Exception {
    HttpResponse response = new BasicHttpResponse(HttpVersion.HTTP_1_1, 200, "OK");
    Es7Compatibility.productHeader().process(response, new BasicHttpContext());
    Es7Compatibility.productHeader().process(response, new BasicHttpContext());
    assertEquals(1, response.getHeaders(Es7Compatibility.PRODUCT_HEADER).length);
    assertEquals("Elasticsearch", response.getFirstHeader("X-Elastic-Product").getValue());
  }
}
