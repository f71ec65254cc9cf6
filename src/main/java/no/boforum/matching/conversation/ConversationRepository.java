package no.boforum.matching.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Conversations and their lines in the database. */
@ApplicationScoped
public class ConversationRepository {
  @PersistenceContext EntityManager em;

  public Conversation find(long id) {
    return em.find(Conversation.class, id);
  }

  /** The conversation of the pair; null if they have none yet. */
  Conversation findPair(long postingId, long organisationId) {
    return em.createQuery(
            "SELECT c FROM Conversation c WHERE c.postingId = :p AND c.organisationId = :o",
            Conversation.class)
        .setParameter("p", postingId)
        .setParameter("o", organisationId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A posting's conversations, the latest written first. */
  List<Conversation> ofPosting(long postingId) {
    return em.createQuery(
            "SELECT c FROM Conversation c WHERE c.postingId = :p"
                + " ORDER BY c.lastMessageAt DESC, c.id DESC",
            Conversation.class)
        .setParameter("p", postingId)
        .getResultList();
  }

  List<Conversation> flagged(int limit) {
    return em.createQuery(
            "SELECT c FROM Conversation c WHERE c.flaggedAt IS NOT NULL"
                + " ORDER BY c.flaggedAt DESC, c.id DESC",
            Conversation.class)
        .setMaxResults(limit)
        .getResultList();
  }

  void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }

  List<ConversationMessage> lines(long conversationId) {
    return em.createQuery(
            "SELECT m FROM ConversationMessage m WHERE m.conversationId = :c ORDER BY m.id",
            ConversationMessage.class)
        .setParameter("c", conversationId)
        .getResultList();
  }

  List<ConversationMessage> writtenBy(long userId) {
    return em.createQuery(
            "SELECT m FROM ConversationMessage m WHERE m.authorId = :u ORDER BY m.id",
            ConversationMessage.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /** A deleted account's lines stay, by a former member; what it shared or flagged is no one's. */
  void forget(long userId) {
    em.createNativeQuery("UPDATE matching_message SET author_id = NULL WHERE author_id = ?")
        .setParameter(1, userId)
        .executeUpdate();
    for (String column : List.of("owner_shared_by", "writer_shared_by", "flagged_by")) {
      em.createNativeQuery(
              "UPDATE matching_conversation SET " + column + " = NULL WHERE " + column + " = ?")
          .setParameter(1, userId)
          .executeUpdate();
    }
  }
}
