/** Needs and offers as JSON: their public fields only. */
package no.boforum.matching.api;
