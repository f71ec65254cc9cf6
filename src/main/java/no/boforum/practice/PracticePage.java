package no.boforum.practice;

/**
 * What the practice page shows of one practice: its details, and its body and outcomes as sanitised
 * HTML (outcomes null when it has none).
 */
public record PracticePage(PracticeDetails details, String bodyHtml, String outcomesHtml) {}
