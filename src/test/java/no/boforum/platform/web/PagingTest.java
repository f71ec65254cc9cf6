package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PagingTest {
  @Test
  void anAskedPageBeyondTheEndShowsTheLastPage() {
    Paging p = Paging.of(9, 51, 25);
    assertEquals(3, p.pages());
    assertEquals(3, p.page());
    assertEquals(50, p.offset());
  }

  @Test
  void anEmptyListHasOnePageAndNoPageBelowOne() {
    assertEquals(new Paging(1, 1, 25), Paging.of(0, 0, 25));
    assertEquals(new Paging(1, 2, 25), Paging.of(-3, 26, 25));
  }
}
