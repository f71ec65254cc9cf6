package no.boforum.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.boforum.identity.Caller;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.SignedLinks;

/**
 * Five hundred people register at once for a hundred seats, against the real database, with and
 * without seat groups: exactly a hundred get a seat, never one too many, and the rest wait in order
 * of arrival in their group. Then each of the four things that free a seat promotes the first in
 * line, an offer close to the event runs out and passes on, and released seat groups open to all.
 *
 * <p>Run by {@code InContainerIT}, in the container: its tests are the public methods, each on its
 * own.
 */
@Dependent
public class RegistrationRaceScenario {
  static final int PEOPLE = 500;
  static final int THREADS = 24;

  @Inject EventFixtures fixtures;
  @Inject Registrations registrations;
  @Inject EventChanges changes;
  @Inject EventSeatsJob job;
  @Inject SignedLinks links;
  @Inject CancelLinks cancelLinks;
  @Inject no.boforum.notification.NotificationMailer mailer;
  @Inject RegistrationViews views;
  @Inject no.boforum.identity.ProfileService profiles;
  @Inject jakarta.enterprise.event.Event<EventChanges.Moved> moved;
  @Inject jakarta.enterprise.event.Event<EventChanges.Cancelled> cancelled;
  @Resource ManagedThreadFactory threads;

  /** Everyone registers at the same moment, from {@value #THREADS} threads; all must succeed. */
  private void registerAll(String slug, List<Caller> people, Function<Integer, RegisteredAs> as)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<MyRegistration>> done = new ArrayList<>();
      for (int i = 0; i < people.size(); i++) {
        Caller c = people.get(i);
        RegisteredAs capacity = as.apply(i);
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  return registrations.register(
                      slug, c, new RegistrationRequest(capacity, null, false, null));
                }));
      }
      start.countDown();
      for (Future<MyRegistration> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<RegistrationStatus, Long> byStatus(List<Registration> all) {
    return all.stream()
        .collect(Collectors.groupingBy(Registration::getStatus, Collectors.counting()));
  }

  /** In each list, everyone with a seat arrived before everyone still waiting. */
  private static void assertServedInOrder(List<Registration> list) {
    Comparator<Registration> arrival =
        Comparator.comparing(Registration::getQueuedAt).thenComparing(Registration::getId);
    List<Registration> seated =
        list.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).toList();
    List<Registration> waiting =
        list.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).toList();
    assertTrue(!seated.isEmpty() && !waiting.isEmpty(), "both seated and waiting people");
    Registration lastSeated = Collections.max(seated, arrival);
    Registration firstWaiting = Collections.min(waiting, arrival);
    assertTrue(
        arrival.compare(lastSeated, firstWaiting) < 0,
        "the last seated ("
            + lastSeated.getId()
            + ") came before the first waiting ("
            + firstWaiting.getId()
            + ")");
  }

  public void fiveHundredForOneHundredSeats() throws Exception {
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), 100, List.of(), null, Duration.ofDays(30));
    registerAll(slug, fixtures.people(PEOPLE), i -> RegisteredAs.PRIVATE_PERSON);

    List<Registration> all = fixtures.registrations(slug);
    assertEquals(PEOPLE, all.size(), "one registration each");
    assertEquals(
        Map.of(RegistrationStatus.CONFIRMED, 100L, RegistrationStatus.WAITING, 400L),
        byStatus(all));
    assertServedInOrder(all);
    assertEquals(100, views.mix(slug).confirmed());
    assertEquals(400, views.mix(slug).waiting());
  }

  public void fiveHundredForTwoSeatGroups() throws Exception {
    List<EventData.SeatGroupData> groups =
        List.of(
            new EventData.SeatGroupData("Privatpersonar", 60, List.of(Sectors.PRIVATE_PERSON)),
            new EventData.SeatGroupData(
                "Brukarrepresentantar", 40, List.of(Sectors.USER_REPRESENTATIVE)));
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), null, groups, null, Duration.ofDays(30));
    registerAll(
        slug,
        fixtures.people(PEOPLE),
        i -> i % 2 == 0 ? RegisteredAs.PRIVATE_PERSON : RegisteredAs.USER_REPRESENTATIVE);

    List<Registration> all = fixtures.registrations(slug);
    List<SeatGroup> made = fixtures.groups(slug);
    assertEquals(PEOPLE, all.size());
    for (SeatGroup g : made) {
      List<Registration> inGroup =
          all.stream().filter(r -> g.getId().equals(r.getSeatGroupId())).toList();
      assertEquals(250, inGroup.size(), g.getName());
      assertEquals(
          Map.of(
              RegistrationStatus.CONFIRMED,
              (long) g.getSeats(),
              RegistrationStatus.WAITING,
              250L - g.getSeats()),
          byStatus(inGroup),
          g.getName());
      assertServedInOrder(inGroup);
    }
  }

  public void eachFreedSeatGoesToTheFirstInLine() throws Exception {
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), 3, List.of(), null, Duration.ofDays(30));
    List<Caller> people = fixtures.people(7);
    for (Caller c : people) {
      registrations.register(
          slug, c, new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null));
    }
    assertEquals(
        Map.of(RegistrationStatus.CONFIRMED, 3L, RegistrationStatus.WAITING, 4L),
        byStatus(fixtures.registrations(slug)));

    // 1. A cancellation: the fourth to arrive gets the seat.
    registrations.cancel(slug, people.get(0));
    assertEquals(RegistrationStatus.CONFIRMED, statusOf(slug, people.get(3)));
    assertEquals(RegistrationStatus.WAITING, statusOf(slug, people.get(4)));

    // 2. A host removes someone: the fifth.
    long second = registrationOf(slug, people.get(1)).getId();
    fixtures.removeByHost(slug, second, registrations);
    assertEquals(RegistrationStatus.CONFIRMED, statusOf(slug, people.get(4)));

    // 3. A raised capacity: the sixth and the seventh.
    fixtures.setCapacity(slug, 5, changes);
    assertEquals(RegistrationStatus.CONFIRMED, statusOf(slug, people.get(5)));
    assertEquals(RegistrationStatus.CONFIRMED, statusOf(slug, people.get(6)));

    // Lowering the capacity takes no seat away.
    fixtures.setCapacity(slug, 2, changes);
    assertEquals(
        Map.of(RegistrationStatus.CONFIRMED, 5L, RegistrationStatus.CANCELLED, 2L),
        byStatus(fixtures.registrations(slug)));

    // The one who cancelled after getting a seat is out for good, not back on the list.
    assertEquals(RegistrationStatus.CANCELLED, statusOf(slug, people.get(0)));
  }

  public void releasedSeatGroupsOpenToEveryoneInOrderOfArrival() throws Exception {
    List<EventData.SeatGroupData> groups =
        List.of(
            new EventData.SeatGroupData("Privatpersonar", 3, List.of(Sectors.PRIVATE_PERSON)),
            new EventData.SeatGroupData(
                "Brukarrepresentantar", 3, List.of(Sectors.USER_REPRESENTATIVE)));
    // 4. Released seat groups: the release is tomorrow at first, moved to the past below.
    java.time.LocalDateTime tomorrow =
        EventTimes.now(java.time.Clock.systemUTC()).plusDays(1).withNano(0);
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), null, groups, tomorrow, Duration.ofDays(30));
    List<Caller> people = fixtures.people(6);
    for (Caller c : people) {
      registrations.register(
          slug, c, new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null));
    }
    List<Registration> before = fixtures.registrations(slug);
    assertEquals(
        Map.of(RegistrationStatus.CONFIRMED, 3L, RegistrationStatus.WAITING, 3L),
        byStatus(before),
        "the users' seats are kept for them until the release");

    fixtures.sql(
        "UPDATE event SET seats_released_at = ? WHERE slug = ?",
        EventTimes.now(java.time.Clock.systemUTC()).minusMinutes(1),
        slug);
    // The job gives the released seats (here, or on the server's own schedule, whichever is first).
    job.runOnce();
    assertEquals(Map.of(RegistrationStatus.CONFIRMED, 6L), byStatus(fixtures.registrations(slug)));
  }

  public void anOfferCloseToTheEventRunsOutAndPassesToTheNext() throws Exception {
    // The event starts in two days: within the default offer window of 72 hours.
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), 1, List.of(), null, Duration.ofDays(2));
    List<Caller> people = fixtures.people(3);
    for (Caller c : people) {
      registrations.register(
          slug, c, new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null));
    }
    // The one offered the seat has an address, to be told when the offer lapses.
    String address = "tilbod-" + System.nanoTime() + "@boforum.test";
    fixtures.sql("UPDATE app_user SET email = ? WHERE id = ?", address, people.get(1).userId());
    registrations.cancel(slug, people.get(0));
    Registration offered = registrationOf(slug, people.get(1));
    assertEquals(RegistrationStatus.OFFERED, offered.getStatus());
    assertTrue(offered.getOfferExpiresAt() != null, "the offer has a deadline");
    assertEquals(RegistrationStatus.WAITING, statusOf(slug, people.get(2)));

    // The deadline passes unanswered: the offer goes to the next.
    fixtures.sql(
        "UPDATE event_registration SET offer_expires_at = ? WHERE id = ?",
        java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1),
        offered.getId());
    job.runOnce();
    assertEquals(RegistrationStatus.CANCELLED, statusOf(slug, people.get(1)));
    assertEquals(RegistrationStatus.OFFERED, statusOf(slug, people.get(2)));
    assertEquals(
        2,
        fixtures.number(
            "SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = 'event.registration'"
                + " AND variant IN ('offered', 'offer-lapsed')",
            people.get(1).userId()),
        "told of the offer, and then that it passed on (the mailer writes the mail)");
    String lapsed =
        "SELECT COUNT(*) FROM mail_message WHERE recipient = ?"
            + " AND body LIKE '%ble ikke godtatt i tide og har gått videre%'";
    // Whichever instance mails it first (the suite's server runs its mailer every second).
    for (int attempt = 0; attempt < 100 && fixtures.number(lapsed, address) == 0; attempt++) {
      mailer.mailDue(java.time.Instant.now(), Duration.ZERO);
      Thread.sleep(200);
    }
    assertEquals(1, fixtures.number(lapsed, address), "the lapsed offer's mail, in bokmål, once");

    // The next accepts in time and has the seat.
    MyRegistration accepted = registrations.acceptOffer(slug, people.get(2));
    assertEquals(RegistrationStatus.CONFIRMED, accepted.status());
    assertNull(accepted.placeInLine());
    assertEquals("https://møte.example/rom", accepted.joinLink(), "the join link, once seated");
  }

  /**
   * The gate is entered before the transaction begins: a call from inside an open transaction is
   * refused, so every other test here, which registers without one, shows that the gate's
   * interceptor runs first (after the transaction interceptor, those calls would be refused too).
   */
  public void theGateComesBeforeTheTransaction() {
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), 5, List.of(), null, Duration.ofDays(30));
    Caller c = fixtures.people(1).get(0);
    RegistrationRequest me =
        new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null);
    Exception refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class,
            () -> fixtures.inTransaction(() -> registrations.register(slug, c, me)));
    assertTrue(
        no.boforum.platform.Failures.causedBy(refused, IllegalStateException.class),
        String.valueOf(refused));
    assertEquals(RegistrationStatus.CONFIRMED, registrations.register(slug, c, me).status());
  }

  public void aDeletedAccountKeepsAPastEventsCountAndFreesASeatToCome() throws Exception {
    long org = fixtures.organisation("kommune");
    String past = fixtures.published(org, 2, List.of(), null, Duration.ofDays(30));
    String coming = fixtures.published(org, 1, List.of(), null, Duration.ofDays(30));
    List<Caller> people = fixtures.people(2);
    for (String slug : List.of(past, coming)) {
      for (Caller c : people) {
        registrations.register(
            slug, c, new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null));
      }
    }
    java.time.LocalDateTime started = EventTimes.now(java.time.Clock.systemUTC()).minusDays(2);
    fixtures.sql(
        "UPDATE event SET starts_at = ?, ends_at = ? WHERE slug = ?",
        started,
        started.plusHours(3),
        past);

    profiles.delete(people.get(0).userId(), "127.0.0.1");

    List<Registration> atPast = fixtures.registrations(past);
    assertEquals(Map.of(RegistrationStatus.CONFIRMED, 2L), byStatus(atPast), "the count stays");
    assertEquals(
        1L,
        atPast.stream().filter(r -> r.getUserId() == null).count(),
        "one of them is nobody now");
    assertTrue(
        atPast.stream().noneMatch(r -> people.get(0).userId().equals(r.getUserId())),
        "the deleted person is not named");
    // The kept registration has nobody to write to: a move or a cancellation of the event that
    // began mails the others and passes over it.
    long pastId = fixtures.registrations(past).get(0).getEventId();
    fixtures.inTransaction(() -> moved.fire(new EventChanges.Moved(pastId)));
    fixtures.inTransaction(() -> cancelled.fire(new EventChanges.Cancelled(pastId)));

    List<Registration> atComing = fixtures.registrations(coming);
    assertEquals(1, atComing.size(), "the registration to come is gone");
    assertEquals(people.get(1).userId(), atComing.get(0).getUserId());
    assertEquals(RegistrationStatus.CONFIRMED, atComing.get(0).getStatus(), "and its seat given");
  }

  public void anExpiredOrForeignLinkCancelsNothing() {
    String slug =
        fixtures.published(
            fixtures.organisation("kommune"), 1, List.of(), null, Duration.ofDays(30));
    Caller c = fixtures.people(1).get(0);
    registrations.register(
        slug, c, new RegistrationRequest(RegisteredAs.PRIVATE_PERSON, null, false, null));
    Registration mine = registrationOf(slug, c);
    String id = Long.toString(mine.getId());
    String subject = CancelLinks.subject(mine);

    java.time.Instant later = java.time.Instant.now().plusSeconds(3600);
    String expired =
        links.sign(CancelLinks.PURPOSE, subject, java.time.Instant.now().minusSeconds(60));
    assertThrows(InputProblem.class, () -> registrations.cancelByToken(expired), "expired");
    String foreign = links.sign("another-purpose", subject, later);
    assertThrows(InputProblem.class, () -> registrations.cancelByToken(foreign), "other purpose");
    String earlier = links.sign(CancelLinks.PURPOSE, id + ".12345", later);
    assertThrows(
        InputProblem.class,
        () -> registrations.cancelByToken(earlier),
        "a link of an earlier registration of the same person");
    assertEquals(RegistrationStatus.CONFIRMED, statusOf(slug, c));

    String valid = cancelLinks.token(Long.parseLong(id));
    assertEquals(slug, registrations.cancelByToken(valid));
    assertEquals(RegistrationStatus.CANCELLED, statusOf(slug, c));
  }

  private Registration registrationOf(String slug, Caller c) {
    return fixtures.registrations(slug).stream()
        .filter(r -> r.getUserId().equals(c.userId()))
        .findFirst()
        .orElseThrow();
  }

  private RegistrationStatus statusOf(String slug, Caller c) {
    return registrationOf(slug, c).getStatus();
  }
}
