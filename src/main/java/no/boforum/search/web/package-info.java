/** The search page. */
package no.boforum.search.web;
