package no.boforum.search.saved;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import no.boforum.search.saved.QueryParameters.Parameter;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
  @Test
  void decodesEachParameterInItsOrder() {
    assertEquals(
        List.of(
            new Parameter("q", "bostedsløse i Bergen"),
            new Parameter("theme", "a"),
            new Parameter("flag", "")),
        QueryParameters.pairs("?q=bostedsl%C3%B8se+i%20Bergen&&theme=a&flag"));
  }

  @Test
  void givesEveryValueOfARepeatedParameter() {
    var values = QueryParameters.values("theme=a&county=46&theme=b");
    assertArrayEquals(new String[] {"a", "b"}, values.apply("theme"));
    assertNull(values.apply("q"));
  }
}
