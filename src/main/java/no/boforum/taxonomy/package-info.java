/**
 * Taxonomies kept as data (actor types, counties, municipalities, ...): seeded from {@code
 * content/taxonomy/*.yaml} and labelled in each UI language.
 */
package no.boforum.taxonomy;
