/** The administrators' page for the taxonomies: relabel terms and add new ones. */
package no.boforum.taxonomy.web;
