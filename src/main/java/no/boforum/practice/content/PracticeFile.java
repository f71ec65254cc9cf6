package no.boforum.practice.content;

import java.time.LocalDate;
import java.util.List;
import no.boforum.practice.PracticeData;

/**
 * A parsed practice file. Organisations are still slugs here: the importer turns them into ids, so
 * that a file naming an unknown organisation is refused by name.
 *
 * @param data the facts, without owner and partners
 */
record PracticeFile(
    String slug,
    PracticeData data,
    String ownerSlug,
    List<String> partnerSlugs,
    LocalDate reviewed,
    List<PracticeFrontMatter.Adoption> adoptions) {}
