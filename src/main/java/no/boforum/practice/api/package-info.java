/** The practice JSON API. */
package no.boforum.practice.api;
