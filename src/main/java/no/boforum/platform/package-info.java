/** Cross-cutting parts every feature stands on: configuration, database, web plumbing, health. */
package no.boforum.platform;
