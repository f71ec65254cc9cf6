package no.boforum.matching.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.identity.AccountDeleted;
import no.boforum.identity.PersonalData;

/**
 * A person's part of conversations in "download my data": the lines they wrote (messages, and
 * contact details shared or a conversation flagged). A deleted account's messages stay, written by
 * their organisation and shown as by a former member; what it shared is no longer shown.
 */
@ApplicationScoped
public class ConversationData implements PersonalData {
  @Inject ConversationRepository repository;

  @Override
  public String section() {
    return "matchingConversations";
  }

  @Override
  @Transactional
  public Object of(long userId) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ConversationMessage m : repository.writtenBy(userId)) {
      Conversation c = repository.find(m.getConversationId());
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("conversation", m.getConversationId());
      line.put("posting", c == null ? null : c.getPostingId());
      line.put("organisation", m.getOrganisationId());
      line.put("kind", m.getKind().name());
      line.put("writtenAt", String.valueOf(m.getCreatedAt()));
      line.put("text", m.getBody());
      if (m.getKind() == ConversationMessage.Kind.FLAGGED && c != null) {
        line.put("reason", c.getFlagReason());
      }
      lines.add(line);
    }
    return Map.of("lines", lines);
  }

  void accountDeleted(@Observes AccountDeleted deleted) {
    repository.forget(deleted.userId());
  }
}
