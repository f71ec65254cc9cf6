package no.boforum.matching.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import no.boforum.matching.PostingConfirmations;
import org.junit.jupiter.api.Test;

/**
 * The expiry job takes every posting that is due, batch after batch, at the moment of its clock;
 * one posting that fails is skipped and the others are done.
 */
class PostingExpiryJobTest {
  static final Instant AT = Instant.parse("2028-05-01T10:00:00Z");

  /** Due postings 1..n to expire and 101..100+m to remind; id 3 fails. */
  static class Due extends PostingConfirmations {
    final TreeSet<Long> toExpire = new TreeSet<>();
    final TreeSet<Long> toRemind = new TreeSet<>();
    final List<Long> expired = new ArrayList<>();
    final List<Long> reminded = new ArrayList<>();
    final List<Instant> asked = new ArrayList<>();

    Due(int expire, int remind) {
      for (long i = 1; i <= expire; i++) {
        toExpire.add(i);
      }
      for (long i = 101; i <= 100 + remind; i++) {
        toRemind.add(i);
      }
    }

    @Override
    public List<Long> dueToExpire(Instant now, long after, int size) {
      asked.add(now);
      return toExpire.tailSet(after, false).stream().limit(size).toList();
    }

    @Override
    public List<Long> dueForReminder(Instant now, long after, int size) {
      return toRemind.tailSet(after, false).stream().limit(size).toList();
    }

    @Override
    public boolean expireIfDue(long id, Instant now) {
      if (id == 3) {
        throw new IllegalStateException("a broken posting");
      }
      expired.add(id);
      return true;
    }

    @Override
    public boolean remindIfDue(long id, Instant now) {
      reminded.add(id);
      return true;
    }
  }

  private static PostingExpiryJob job(Due due, int batch) {
    PostingExpiryJob job = new PostingExpiryJob();
    job.confirmations = due;
    job.batch = batch;
    job.clock = Clock.fixed(AT, ZoneOffset.UTC);
    return job;
  }

  @Test
  void everythingDueIsDoneInBatchesAndAFailureSkipsOnlyItsPosting() {
    Due due = new Due(12, 5);
    assertEquals(11 + 5, job(due, 5).run().done());
    assertEquals(11, due.expired.size(), "all but the broken one: " + due.expired);
    assertEquals(List.of(1L, 2L, 4L, 5L), due.expired.subList(0, 4));
    assertEquals(12L, due.expired.get(10));
    assertEquals(5, due.reminded.size());
    assertEquals(3, due.asked.size(), "two full batches of five, then the rest");
    assertEquals(AT, due.asked.get(0), "the job's clock");
  }

  @Test
  void aFullLastBatchAsksOnceMore() {
    Due due = new Due(10, 0);
    assertEquals(9, job(due, 5).runAt(AT));
    assertEquals(3, due.asked.size());
  }
}
