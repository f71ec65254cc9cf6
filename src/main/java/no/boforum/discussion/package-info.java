/**
 * Discussions: threads where municipalities and NGOs ask each other (questions with accepted
 * answers) or talk (discussions), optionally about a practice or an event, in Markdown posts with
 * their edit history, helpful marks, and each reader's follow, mute and unread marker.
 */
package no.boforum.discussion;
