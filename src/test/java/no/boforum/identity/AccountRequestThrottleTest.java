package no.boforum.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AccountRequestThrottleTest {
  @Test
  void countsAnIpv6ClientByItsSlash64() {
    assertEquals(
        AccountRequestThrottle.clientKey("2001:db8:1:2:aaaa::1"),
        AccountRequestThrottle.clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    assertEquals("2001:db8:1:2:0:0:0:0/64", AccountRequestThrottle.clientKey("2001:db8:1:2::9"));
    assertNotEquals(
        AccountRequestThrottle.clientKey("2001:db8:1:2::1"),
        AccountRequestThrottle.clientKey("2001:db8:1:3::1"));
  }

  @Test
  void countsAnIpv4ClientByItsAddress() {
    assertEquals("198.51.100.7", AccountRequestThrottle.clientKey("198.51.100.7"));
    assertNotEquals(
        AccountRequestThrottle.clientKey("198.51.100.7"),
        AccountRequestThrottle.clientKey("198.51.100.8"));
  }
}
