/**
 * Cross-cutting parts every feature stands on: configuration, database, web plumbing, health, and
 * the start-up sequence in named phases ({@link no.boforum.platform.StartPhase}).
 */
package no.boforum.platform;
