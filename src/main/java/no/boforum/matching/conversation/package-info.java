/**
 * Conversations about needs and offers (issue 15, part 3; decision 0021, "Conversations"): an
 * organisation gets in touch about another's posting, the two answer each other through the portal
 * and each shares its contact details when it chooses. Only the two organisations' editors see a
 * conversation, and moderators once one of them flags it; nothing here is indexed or public.
 */
package no.boforum.matching.conversation;
