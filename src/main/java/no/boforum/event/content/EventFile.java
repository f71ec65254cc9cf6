package no.boforum.event.content;

import java.util.List;
import no.boforum.event.EventImport;

/**
 * A parsed event file. Organisations are still slugs here: the importer turns them into ids, so
 * that a file naming an unknown organisation is refused by name.
 *
 * @param seed the event, without its host and co-hosts
 */
record EventFile(EventImport.Seed seed, String hostSlug, List<String> cohostSlugs) {}
