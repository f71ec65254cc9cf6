package no.boforum.it;

import jakarta.inject.Inject;
import java.io.File;
import no.boforum.event.EventFixtures;
import no.boforum.event.RegistrationRaceScenario;
import no.boforum.matching.PostingLifeScenario;
import no.boforum.notification.NotificationDeliveryScenario;
import no.boforum.notification.NotificationFixtures;
import no.boforum.notification.NotificationKindsScenario;
import no.boforum.platform.mail.MailQueueScenario;
import no.boforum.search.IndexOrderingScenario;
import no.boforum.search.SecondKindScenario;
import no.boforum.search.secondkind.NoticeKind;
import no.boforum.search.secondkind.Notices;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.OrganisationIds;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.Practices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every in-container scenario, in one Arquillian deployment: one Payara Micro beside the suite's
 * own, started once (decision 0019). Each scenario is a class of its own ({@code *Scenario}, a CDI
 * bean in the deployment) whose public methods are its steps, in the order written: the static
 * steps run here on the client (over HTTP, or on the suite's servers), the others in the container.
 * This class only runs them in order, one test per step, named {@code scenario_step}.
 *
 * <p>Scenarios keep their state in static fields and run one after another in blocks of {@link
 * Order} (a hundred per scenario). The second kind of {@link SecondKindScenario} is in the
 * deployment from its start, so its table is made before it (empty: the kind adds nothing to the
 * other scenarios' searches) and that scenario comes last, as it drops the table at its end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class InContainerIT {
  @Inject RegistrationRaceScenario registrationRace;
  @Inject ReviewReminderScenario reviewReminder;
  @Inject ReminderOnTwoInstancesScenario reminderOnTwoInstances;
  @Inject SavedSearchScenario savedSearch;
  @Inject IndexOrderingScenario indexOrdering;
  @Inject OutboxScenario outbox;
  @Inject NotificationDeliveryScenario notificationDelivery;
  @Inject NotificationKindsScenario notificationKinds;
  @Inject SecondKindScenario secondKind;
  @Inject PostingLifeScenario postingLife;
  @Inject MailQueueScenario mailQueue;

  @Deployment
  static WebArchive deployment() throws Exception {
    // Notices are a searchable kind from the instance's start: their table must be there first.
    SecondKindScenario.makeTheNoticeTable();
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("boforum.it.war")))
        .addClasses(
            InContainerIT.class,
            RegistrationRaceScenario.class,
            ReviewReminderScenario.class,
            ReminderOnTwoInstancesScenario.class,
            SavedSearchScenario.class,
            IndexOrderingScenario.class,
            OutboxScenario.class,
            NotificationDeliveryScenario.class,
            NotificationKindsScenario.class,
            NotificationFixtures.class,
            SecondKindScenario.class,
            PostingLifeScenario.class,
            MailQueueScenario.class,
            MatchingBuilder.class,
            EventFixtures.class,
            Notices.class,
            NoticeKind.class,
            NoticeKind.NoticeDocument.class,
            // The client-side helpers are only verified in the container, never run there.
            Eventually.class,
            ApiSession.class,
            ApiSession.Answer.class,
            Organisations.class,
            Organisations.Organisation.class,
            OrganisationIds.class,
            PracticeBuilder.class,
            Practices.class)
        .addAsResource("no/boforum/search/secondkind/notices-v1.json")
        .addAsWebInfResource(
            new StringAsset("---\nslug: broken\ntitle: [unclosed\n---\nTekst\n"),
            "classes/content/practices/" + OutboxScenario.BROKEN);
  }

  // RegistrationRaceScenario: five hundred people for a hundred seats, and who gets a freed seat.

  @Test
  @Order(101)
  void registrationRace_fiveHundredForOneHundredSeats() throws Exception {
    registrationRace.fiveHundredForOneHundredSeats();
  }

  @Test
  @Order(102)
  void registrationRace_fiveHundredForTwoSeatGroups() throws Exception {
    registrationRace.fiveHundredForTwoSeatGroups();
  }

  @Test
  @Order(103)
  void registrationRace_eachFreedSeatGoesToTheFirstInLine() throws Exception {
    registrationRace.eachFreedSeatGoesToTheFirstInLine();
  }

  @Test
  @Order(104)
  void registrationRace_releasedSeatGroupsOpenToEveryoneInOrderOfArrival() throws Exception {
    registrationRace.releasedSeatGroupsOpenToEveryoneInOrderOfArrival();
  }

  @Test
  @Order(105)
  void registrationRace_anOfferCloseToTheEventRunsOutAndPassesToTheNext() throws Exception {
    registrationRace.anOfferCloseToTheEventRunsOutAndPassesToTheNext();
  }

  @Test
  @Order(106)
  void registrationRace_theGateComesBeforeTheTransaction() {
    registrationRace.theGateComesBeforeTheTransaction();
  }

  @Test
  @Order(107)
  void registrationRace_aDeletedAccountKeepsAPastEventsCountAndFreesASeatToCome() throws Exception {
    registrationRace.aDeletedAccountKeepsAPastEventsCountAndFreesASeatToCome();
  }

  @Test
  @Order(108)
  void registrationRace_anExpiredOrForeignLinkCancelsNothing() {
    registrationRace.anExpiredOrForeignLinkCancelsNothing();
  }

  // ReviewReminderScenario: a practice not reviewed for 24 months, and its editors' one mail.

  @Test
  @Order(201)
  @RunAsClient
  void reviewReminder_osloHasAnEditor() {
    ReviewReminderScenario.osloHasAnEditor();
  }

  @Test
  @Order(202)
  void reviewReminder_aPracticeLastReviewedThreeYearsAgoIsRemindedOfOnce() {
    reviewReminder.aPracticeLastReviewedThreeYearsAgoIsRemindedOfOnce();
  }

  @Test
  @Order(203)
  @RunAsClient
  void reviewReminder_theEditorGetsTheMail() {
    ReviewReminderScenario.theEditorGetsTheMail();
  }

  @Test
  @Order(204)
  void reviewReminder_twoMoreOldPracticesComeInOneMail() {
    reviewReminder.twoMoreOldPracticesComeInOneMail();
  }

  @Test
  @Order(205)
  @RunAsClient
  void reviewReminder_theEditorGetsOneListNotOneMailEach() {
    ReviewReminderScenario.theEditorGetsOneListNotOneMailEach();
  }

  // ReminderOnTwoInstancesScenario: this deployment and the suite's Payara Micro, one reminder.

  @Test
  @Order(301)
  @RunAsClient
  void reminderOnTwoInstances_bergenHasAnEditor() {
    ReminderOnTwoInstancesScenario.bergenHasAnEditor();
  }

  @Test
  @Order(302)
  void reminderOnTwoInstances_aPracticeIsDueForReview() {
    reminderOnTwoInstances.aPracticeIsDueForReview();
  }

  @Test
  @Order(303)
  @RunAsClient
  void reminderOnTwoInstances_bothInstancesFindTheReminderDueAndTheEditorGetsOneMail()
      throws Exception {
    ReminderOnTwoInstancesScenario.bothInstancesFindTheReminderDueAndTheEditorGetsOneMail();
  }

  // SavedSearchScenario: a saved search, one alert mail for the practice that matches.

  @Test
  @Order(401)
  @RunAsClient
  void savedSearch_anonymousCallersHaveNoSavedSearches() {
    SavedSearchScenario.anonymousCallersHaveNoSavedSearches();
  }

  @Test
  @Order(402)
  @RunAsClient
  void savedSearch_aUserSavesASearchThatNobodyElseCanTouch() {
    SavedSearchScenario.aUserSavesASearchThatNobodyElseCanTouch();
  }

  @Test
  @Order(403)
  void savedSearch_onlyTheNewPracticeThatMatchesIsMailedAndOnlyOnce() throws Exception {
    savedSearch.onlyTheNewPracticeThatMatchesIsMailedAndOnlyOnce();
  }

  @Test
  @Order(404)
  @RunAsClient
  void savedSearch_theMailNamesTheMatchingPracticeWithLinks() {
    SavedSearchScenario.theMailNamesTheMatchingPracticeWithLinks();
  }

  @Test
  @Order(405)
  @RunAsClient
  void savedSearch_aFormSentFromAPageOpenTooLongIsExplainedNotAnError() {
    SavedSearchScenario.aFormSentFromAPageOpenTooLongIsExplainedNotAnError();
  }

  // IndexOrderingScenario: stale index requests arrive late and change nothing; a rebuild beside.

  @Test
  @Order(501)
  @RunAsClient
  void indexOrdering_anEditorPublishesAPractice() {
    IndexOrderingScenario.anEditorPublishesAPractice();
  }

  @Test
  @Order(502)
  void indexOrdering_anIndexerReadsThePublishedState() throws Exception {
    indexOrdering.anIndexerReadsThePublishedState();
  }

  @Test
  @Order(503)
  @RunAsClient
  void indexOrdering_theEditorArchivesIt() {
    IndexOrderingScenario.theEditorArchivesIt();
  }

  @Test
  @Order(504)
  void indexOrdering_theOlderPublicationArrivesAfterTheArchiveAndIsRefused() throws Exception {
    indexOrdering.theOlderPublicationArrivesAfterTheArchiveAndIsRefused();
  }

  @Test
  @Order(505)
  @RunAsClient
  void indexOrdering_theEditorPublishesItAgain() {
    IndexOrderingScenario.theEditorPublishesItAgain();
  }

  @Test
  @Order(506)
  void indexOrdering_theOlderRemovalArrivesAfterTheNewPublicationAndIsRefused() throws Exception {
    indexOrdering.theOlderRemovalArrivesAfterTheNewPublicationAndIsRefused();
  }

  @Test
  @Order(507)
  void indexOrdering_aRebuildBegins() throws Exception {
    indexOrdering.aRebuildBegins();
  }

  @Test
  @Order(508)
  @RunAsClient
  void indexOrdering_theEditorChangesTheTitleWhileItRuns() {
    IndexOrderingScenario.theEditorChangesTheTitleWhileItRuns();
  }

  @Test
  @Order(509)
  void indexOrdering_theChangeReachesTheIndexBeingBuiltToo() throws Exception {
    indexOrdering.theChangeReachesTheIndexBeingBuiltToo();
  }

  @Test
  @Order(510)
  void indexOrdering_noRebuildWhileAnotherInstanceHoldsTheLock() throws Exception {
    indexOrdering.noRebuildWhileAnotherInstanceHoldsTheLock();
  }

  @Test
  @Order(511)
  void indexOrdering_aHolderWhoseLeaseWasTakenOverLearnsItBeforeItsLastStep() throws Exception {
    indexOrdering.aHolderWhoseLeaseWasTakenOverLearnsItBeforeItsLastStep();
  }

  // OutboxScenario: idempotent content import, the outbox in the change's transaction, catch-up.

  @Test
  @Order(601)
  void outbox_importingTheSameContentAgainChangesNothingAndSkipsTheBrokenFile() {
    outbox.importingTheSameContentAgainChangesNothingAndSkipsTheBrokenFile();
  }

  @Test
  @Order(602)
  void outbox_importingTheSeedThreadsAgainAddsNoThreadPostOrAccount() {
    outbox.importingTheSeedThreadsAgainAddsNoThreadPostOrAccount();
  }

  @Test
  @Order(613)
  void outbox_importingTheTaxonomyAgainReportsItUnchanged() {
    outbox.importingTheTaxonomyAgainReportsItUnchanged();
  }

  @Test
  @Order(603)
  void outbox_aChangedSourceUpdatesTheRowFoundBySlug() {
    outbox.aChangedSourceUpdatesTheRowFoundBySlug();
  }

  @Test
  @Order(604)
  void outbox_theOutboxRowIsPartOfTheChangesTransaction() throws Exception {
    outbox.theOutboxRowIsPartOfTheChangesTransaction();
  }

  @Test
  @Order(605)
  @RunAsClient
  void outbox_theOwnerIsAVerifiedOrganisation() {
    OutboxScenario.theOwnerIsAVerifiedOrganisation();
  }

  @Test
  @Order(606)
  void outbox_aPracticeFromAFileOfAnOrganisationOfItsOwn() {
    outbox.aPracticeFromAFileOfAnOrganisationOfItsOwn();
  }

  @Test
  @Order(607)
  @RunAsClient
  void outbox_anEditorOfTheOwnerChangesAndArchivesItInThePortal() {
    OutboxScenario.anEditorOfTheOwnerChangesAndArchivesItInThePortal();
  }

  @Test
  @Order(608)
  void outbox_theFileNoLongerDecidesWhatThePortalChanged() {
    outbox.theFileNoLongerDecidesWhatThePortalChanged();
  }

  @Test
  @Order(609)
  @RunAsClient
  void outbox_elasticsearchGoesDown() throws Exception {
    OutboxScenario.elasticsearchGoesDown();
  }

  @Test
  @Order(610)
  void outbox_aWriteWhileSearchIsDownWaitsInTheOutbox() throws Exception {
    outbox.aWriteWhileSearchIsDownWaitsInTheOutbox();
  }

  @Test
  @Order(611)
  @RunAsClient
  void outbox_elasticsearchComesBack() {
    OutboxScenario.elasticsearchComesBack();
  }

  @Test
  @Order(612)
  void outbox_theIndexCatchesUp() throws Exception {
    outbox.theIndexCatchesUp();
  }

  // NotificationDeliveryScenario: windows, digests over summer time, restarts and two runs at once.

  @Test
  @Order(701)
  void notificationDelivery_theWindowGathersOneSubjectsNewsIntoOneMailAndNeverSendsItTwice() {
    notificationDelivery.theWindowGathersOneSubjectsNewsIntoOneMailAndNeverSendsItTwice();
  }

  @Test
  @Order(702)
  void notificationDelivery_aDailyDigestEachDayAndAWeeklyOneEachWeekOverTheChangeToSummerTime() {
    notificationDelivery.aDailyDigestEachDayAndAWeeklyOneEachWeekOverTheChangeToSummerTime();
  }

  @Test
  @Order(703)
  void notificationDelivery_aDailyDigestEachDayOverTheChangeFromSummerTimeAtAnHourThatComesTwice() {
    notificationDelivery.aDailyDigestEachDayOverTheChangeFromSummerTimeAtAnHourThatComesTwice();
  }

  @Test
  @Order(704)
  void notificationDelivery_aRunThatDiesBeforeItCommitsLosesAndRepeatsNothing() throws Exception {
    notificationDelivery.aRunThatDiesBeforeItCommitsLosesAndRepeatsNothing();
  }

  @Test
  @Order(705)
  void notificationDelivery_twoRunsAtOnceSendADigestOnce() throws Exception {
    notificationDelivery.twoRunsAtOnceSendADigestOnce();
  }

  @Test
  @Order(706)
  void notificationDelivery_whatWasMailedAtOnceIsNotInTheDigest() {
    notificationDelivery.whatWasMailedAtOnceIsNotInTheDigest();
  }

  @Test
  @Order(707)
  void notificationDelivery_aDigestNamesFiveSubjectsAndThreeLinesOfEachWithAndNMore() {
    notificationDelivery.aDigestNamesFiveSubjectsAndThreeLinesOfEachWithAndNMore();
  }

  @Test
  @Order(708)
  void notificationDelivery_aVeryActiveWeekWithTheDefaultsIsTwelveMailsNotThirtySix() {
    notificationDelivery.aVeryActiveWeekWithTheDefaultsIsTwelveMailsNotThirtySix();
  }

  @Test
  @Order(709)
  void notificationDelivery_theHostsOfAnEventThatIsOverButNotClosedAreToldOnce() {
    notificationKinds.theHostsOfAnEventThatIsOverButNotClosedAreToldOnce();
  }

  @Test
  @Order(710)
  void notificationDelivery_anExpiredOrForgedUnsubscribeLinkChangesNothing() {
    notificationKinds.anExpiredOrForgedUnsubscribeLinkChangesNothing();
  }

  @Test
  @Order(711)
  void notificationDelivery_aReceiptGoesOutAtTheNextRunWhileAThreadWaitsItsWindow() {
    notificationDelivery.aReceiptGoesOutAtTheNextRunWhileAThreadWaitsItsWindow();
  }

  @Test
  @Order(712)
  void notificationDelivery_theReminderBeforeAnEventReachesTheBellAndTheMailOnceWithTheCode()
      throws Exception {
    notificationKinds.theReminderBeforeAnEventReachesTheBellAndTheMailOnceWithTheCode();
  }

  @Test
  @Order(713)
  void notificationDelivery_aYearOnWhatWasToldGoesAndWhatWaitsStays() throws Exception {
    notificationKinds.aYearOnWhatWasToldGoesAndWhatWaitsStays();
  }

  @Test
  @Order(714)
  void notificationDelivery_oneNoticeForManyKeepsEachOnesDeliveryAndSkipsTheDeleted() {
    notificationKinds.oneNoticeForManyKeepsEachOnesDeliveryAndSkipsTheDeleted();
  }

  // PostingLifeScenario: a need stands while confirmed; one reminder a period; expiry. In the 750s,
  // as SecondKindScenario must come last.

  @Test
  @Order(751)
  @RunAsClient
  void postingLife_aMunicipalityPostsNeedsAndAnOffer() {
    PostingLifeScenario.aMunicipalityPostsNeedsAndAnOffer();
  }

  @Test
  @Order(752)
  void postingLife_theReminderGoesAWeekBeforeTheDeadlineAndOnlyOnce() {
    postingLife.theReminderGoesAWeekBeforeTheDeadlineAndOnlyOnce();
  }

  @Test
  @Order(753)
  @RunAsClient
  void postingLife_theOwnerConfirmsItStillStands() {
    PostingLifeScenario.theOwnerConfirmsItStillStands();
  }

  @Test
  @Order(754)
  void postingLife_confirmingStartsANewPeriodWithItsOwnReminder() {
    postingLife.confirmingStartsANewPeriodWithItsOwnReminder();
  }

  @Test
  @Order(755)
  void postingLife_unconfirmedPastTheDeadlineItExpires() {
    postingLife.unconfirmedPastTheDeadlineItExpires();
  }

  @Test
  @Order(756)
  void postingLife_pastItsExpiryDateItExpires() {
    postingLife.pastItsExpiryDateItExpires();
  }

  @Test
  @Order(757)
  void postingLife_theJobTakesEveryPostingDueNow() {
    postingLife.theJobTakesEveryPostingDueNow();
  }

  @Test
  @Order(758)
  @RunAsClient
  void postingLife_expiredPostingsLeaveTheBoard() {
    PostingLifeScenario.expiredPostingsLeaveTheBoard();
  }

  // MailQueueScenario: a refused message waits its turn in the queue.

  @Test
  @Order(771)
  void mailQueue_aRefusedMessageWaitsItsTurnAndTheOthersGo() throws Exception {
    mailQueue.aRefusedMessageWaitsItsTurnAndTheOthersGo();
  }

  // SecondKindScenario, last: a kind written in the test joins search; it drops its table at the
  // end.

  @Test
  @Order(801)
  @RunAsClient
  void secondKind_anEditorPublishesAPracticeWithTheWord() throws Exception {
    SecondKindScenario.anEditorPublishesAPracticeWithTheWord();
  }

  @Test
  @Order(802)
  void secondKind_noticesAreSearchedBesidePracticesWithATypeFacet() throws Exception {
    secondKind.noticesAreSearchedBesidePracticesWithATypeFacet();
  }

  @Test
  @Order(803)
  void secondKind_theNoticeIndexAloneIsRebuiltIntoANewIndex() throws Exception {
    secondKind.theNoticeIndexAloneIsRebuiltIntoANewIndex();
  }

  @Test
  @Order(804)
  @RunAsClient
  void secondKind_elasticsearchGoesDown() throws Exception {
    SecondKindScenario.elasticsearchGoesDown();
  }

  @Test
  @Order(805)
  void secondKind_noticesAreFoundInTheDatabaseMeanwhile() throws Exception {
    secondKind.noticesAreFoundInTheDatabaseMeanwhile();
  }

  @Test
  @Order(806)
  @RunAsClient
  void secondKind_elasticsearchComesBack() throws Exception {
    SecondKindScenario.elasticsearchComesBack();
  }

  @Test
  @Order(807)
  void secondKind_theNoticesLeaveNoTrace() throws Exception {
    secondKind.theNoticesLeaveNoTrace();
  }

  @Test
  @Order(808)
  @RunAsClient
  void secondKind_theNoticeTableGoes() throws Exception {
    SecondKindScenario.theNoticeTableGoes();
  }
}
